//! "Which fix?" quizzes: a program with one marked region, and choices that
//! each replace it. The right choice is the one whose program compiles and
//! passes; memkata builds every one to know which.

/// The line that opens the region a choice replaces.
pub const START: &str = "// [fix]";
/// The line that closes it.
pub const END: &str = "// [/fix]";

/// Where the region is in a program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Line index of the opening marker.
    pub start: usize,
    /// Line index of the closing marker.
    pub end: usize,
}

/// A program without exactly one well-formed region.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "the program needs exactly one region to change, opened by a line `{START}` and closed by a line `{END}` ({0})"
)]
pub struct NoRegion(String);

/// The region of `program`.
pub fn region(program: &str) -> Result<Region, NoRegion> {
    let lines: Vec<&str> = program.lines().collect();
    let find = |marker: &str| -> Vec<usize> {
        lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.trim() == marker)
            .map(|(i, _)| i)
            .collect()
    };
    match (find(START).as_slice(), find(END).as_slice()) {
        ([start], [end]) if start < end => Ok(Region {
            start: *start,
            end: *end,
        }),
        ([], _) | (_, []) => Err(NoRegion("a marker is missing".into())),
        ([_], [_]) => Err(NoRegion("the closing line comes first".into())),
        _ => Err(NoRegion("there is more than one".into())),
    }
}

/// `program` with its region's lines replaced by `fix`, indented as the
/// opening marker is. The markers stay, as comments.
pub fn apply(program: &str, fix: &str) -> Result<String, NoRegion> {
    let region = region(program)?;
    let lines: Vec<&str> = program.lines().collect();
    let indent: String = lines[region.start]
        .chars()
        .take_while(|c| c.is_whitespace())
        .collect();
    let mut out: Vec<String> = lines[..=region.start]
        .iter()
        .map(|l| l.to_string())
        .collect();
    out.extend(indented(fix, &indent));
    out.extend(lines[region.end..].iter().map(|l| l.to_string()));
    let mut text = out.join("\n");
    text.push('\n');
    Ok(text)
}

/// The lines of the region as the program has them.
pub fn original_lines(program: &str) -> Result<Vec<String>, NoRegion> {
    let region = region(program)?;
    Ok(program
        .lines()
        .skip(region.start + 1)
        .take(region.end - region.start - 1)
        .map(str::to_string)
        .collect())
}

/// `code` with its common indentation replaced by `indent`.
pub fn indented(code: &str, indent: &str) -> Vec<String> {
    let code = code.trim_matches('\n');
    let common = code
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    code.lines()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                format!("{indent}{}", &l[common.min(l.len())..])
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAM: &str = "fn main() {\n    let s = String::new();\n    // [fix]\n    let t = s;\n    // [/fix]\n    println!(\"{s}\");\n}\n";

    #[test]
    fn a_fix_replaces_the_region_at_its_indentation() {
        let fixed = apply(PROGRAM, "let t = &s;\nlet _ = t;").unwrap();
        assert_eq!(
            fixed,
            "fn main() {\n    let s = String::new();\n    // [fix]\n    let t = &s;\n    let _ = t;\n    // [/fix]\n    println!(\"{s}\");\n}\n"
        );
        assert_eq!(original_lines(PROGRAM).unwrap(), ["    let t = s;"]);
    }

    #[test]
    fn the_region_must_be_one_and_in_order() {
        assert!(region("fn main() {}\n").is_err());
        assert!(region("// [/fix]\n// [fix]\n").is_err());
        assert!(region("// [fix]\n// [/fix]\n// [fix]\n// [/fix]\n").is_err());
    }
}
