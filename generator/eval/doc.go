// Package eval measures sitrep's extractors on labelled text.
//
// The input is JSON Lines as described in shared/eval/README.md: one document a line, with
// UTF-8 byte offsets for labelled places and figures, and null for "not labelled". Figures are
// scored in figures.go and places in places.go; the CLI (`sitrep eval`) prints both per file,
// as text or as one JSON object per file. With Options.Errors (`sitrep eval --errors`) a report
// also lists every mismatch with the gold labels (mismatch.go), found by the same matching as
// the scores.
package eval
