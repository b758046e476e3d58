//! The UAX#29 speed baseline used by the benches handles every input.

#[path = "../benches/support/baseline.rs"]
mod baseline;

#[test]
fn empty_input_is_guarded() {
    assert_eq!(baseline::uax29_sentences(""), 0);
}

#[test]
fn counts_uax29_sentences() {
    assert_eq!(baseline::uax29_sentences("One. Two? Three!"), 3);
    // UAX#29 splits after "Mr." where whosaid does not
    assert_eq!(baseline::uax29_sentences("Mr. Smith left."), 2);
    assert_eq!(whosaid::sentences("Mr. Smith left.").count(), 1);
}
