// Quiz: which change to the marked lines makes this program compile and run
// to the end? Read the choices in memkata.

fn main() {
    let mut clicks = 0;
    // [fix]
    let click = || clicks += 1;
    // [/fix]
    click();
    click();
    click();
    assert_eq!(clicks, 3, "three clicks should have been counted");
    println!("{clicks} clicks");
}
