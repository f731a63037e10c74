// ownership8: No holes in a Vec.
//
// A Vec owns its elements. `v[i]` is a place inside the Vec, and you can't
// move a String out of it: that would leave a hole, a slot the Vec still
// thinks it owns and would drop again later. So `let s = v[i];` is an error
// for any type that isn't `Copy`, even when you own the Vec.
//
// Each function below tries it, and each needs a different way out:
// - `first_name` only borrows the list, and the caller keeps it as it is,
//   so the name it hands back has to be a String of its own.
// - `take_job` must take the job OFF the list, and keep the other jobs in
//   their order.
// - `winner` owns the entries and throws the others away: their order
//   doesn't matter, so there is no need to shift any of them.
// `Vec` has methods that move an element out and leave no hole behind.
// Only `first_name` may copy: the tests check the other Strings are moved.
// Do not change the tests.

pub fn first_name(names: &[String]) -> String {
    names[0]
}

pub fn take_job(jobs: &mut Vec<String>, index: usize) -> String {
    jobs[index]
}

pub fn winner(entries: Vec<String>, index: usize) -> String {
    entries[index]
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn first_name_leaves_the_list_alone() {
        let names = list(&["Ada", "Grace", "Linus"]);
        assert_eq!(first_name(&names), "Ada");
        assert_eq!(names, ["Ada", "Grace", "Linus"]);
        let names = list(&["Barbara", "Ken"]);
        assert_eq!(first_name(&names), "Barbara");
        assert_eq!(names, ["Barbara", "Ken"]);
    }

    #[test]
    fn take_job_takes_it_off_the_list() {
        let mut jobs = list(&["sweep", "dust", "mop", "polish"]);
        let dust_at = jobs[1].as_ptr();
        let job = take_job(&mut jobs, 1);
        assert_eq!(job, "dust");
        assert_eq!(
            jobs,
            ["sweep", "mop", "polish"],
            "the other jobs should stay, in order"
        );
        assert!(
            std::ptr::eq(job.as_ptr(), dust_at),
            "the job handed back is a copy: move it out of the Vec instead of cloning it"
        );
    }

    #[test]
    fn winner_moves_the_winning_entry_out() {
        let entries = list(&["red", "green", "blue", "gold"]);
        let green_at = entries[1].as_ptr();
        let won = winner(entries, 1);
        assert_eq!(won, "green");
        assert!(
            std::ptr::eq(won.as_ptr(), green_at),
            "the winner handed back is a copy: move it out of the Vec instead of cloning it"
        );
    }
}
