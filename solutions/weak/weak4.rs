// weak4: A cache that lets go.
//
// A game loads each texture once and shares it: `TextureCache::get` hands
// out an `Rc<Texture>`, and asking twice for the same name should give the
// same texture, not load it again. But the cache keeps its own `Rc` to every
// texture it ever loaded, so a texture that no part of the game uses any
// more still sits in memory, owned by the cache alone.
//
// Make the cache find a texture for as long as some part of the game uses
// it, without ever keeping one alive on its own; a texture that was freed
// is loaded again the next time somebody asks for it.
// Do not change the tests.

use std::collections::HashMap;
use std::rc::{Rc, Weak};

pub struct Texture {
    pub name: String,
    pub pixels: Vec<u8>,
}

#[derive(Default)]
pub struct TextureCache {
    textures: HashMap<String, Weak<Texture>>,
    /// How many times a texture was loaded (the slow part).
    pub loads: usize,
}

impl TextureCache {
    pub fn get(&mut self, name: &str) -> Rc<Texture> {
        if let Some(texture) = self.textures.get(name).and_then(Weak::upgrade) {
            return texture;
        }
        self.loads += 1;
        let texture = Rc::new(Texture {
            name: name.to_string(),
            pixels: vec![0; 256],
        });
        self.textures
            .insert(name.to_string(), Rc::downgrade(&texture));
        texture
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_texture_per_name() {
        let mut cache = TextureCache::default();
        let a = cache.get("grass");
        let b = cache.get("grass");
        let c = cache.get("stone");
        assert!(
            Rc::ptr_eq(&a, &b),
            "asking twice for `grass` should share one texture"
        );
        assert_eq!(c.name, "stone");
        assert_eq!(a.pixels.len(), 256);
        assert_eq!(
            cache.loads, 2,
            "`grass` should be loaded once, `stone` once"
        );
    }

    #[test]
    fn the_cache_does_not_own_textures() {
        let mut cache = TextureCache::default();
        let grass = cache.get("grass");
        assert_eq!(
            Rc::strong_count(&grass),
            1,
            "the cache is an owner of `grass` too (strong count {}); it should only keep a Weak",
            Rc::strong_count(&grass)
        );
    }

    #[test]
    fn unused_textures_are_freed() {
        let mut cache = TextureCache::default();
        let grass = cache.get("grass");
        let watcher = Rc::downgrade(&grass);
        drop(grass);
        assert!(
            watcher.upgrade().is_none(),
            "nobody uses `grass` any more, but the cache's Rc keeps it (and its pixels) in memory"
        );
        let again = cache.get("grass");
        assert_eq!(again.name, "grass");
        assert_eq!(
            cache.loads, 2,
            "after being freed, `grass` must be loaded again"
        );
    }
}
