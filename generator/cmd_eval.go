package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/eval"
)

// runEval scores the extractors on labelled JSONL files.
func runEval(args []string, stdout, stderr io.Writer) int {
	set := newFlagSet("eval", stderr)
	asJSON := set.Bool("json", false, "print one JSON object per file")
	withErrors := set.Bool("errors", false, "also list every mismatch with the gold labels")
	if err := set.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if set.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: sitrep eval [--json] [--errors] FILE.jsonl...")
		return 2
	}
	g, err := gazetteer.Load()
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval:", err)
		return 1
	}
	m, err := place.NewMatcher(g, place.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval:", err)
		return 1
	}
	enc := json.NewEncoder(stdout)
	status := 0
	for _, path := range set.Args() {
		r, err := eval.Evaluate(path, m, eval.Options{Errors: *withErrors})
		if err != nil {
			fmt.Fprintln(stderr, "sitrep eval:", err)
			status = 1
			continue
		}
		if *asJSON {
			if err := enc.Encode(r); err != nil {
				fmt.Fprintln(stderr, "sitrep eval:", err)
				return 1
			}
			continue
		}
		printReport(stdout, r)
	}
	return status
}

func printReport(w io.Writer, r *eval.Report) {
	fmt.Fprintf(w, "%s (%d rows)\n", r.File, r.Rows)
	if f := r.Figures; f != nil {
		fmt.Fprintf(w, "  figures: gold %d, predicted %d\n", f.Gold, f.Predicted)
		fmt.Fprintf(w, "    strict  P %.3f  R %.3f  F1 %.3f\n", f.StrictP, f.StrictR, f.StrictF1)
		fmt.Fprintf(w, "    overlap P %.3f  R %.3f  F1 %.3f\n", f.OverlapP, f.OverlapR, f.OverlapF1)
		fmt.Fprintf(w, "    value and unit accuracy on matched spans %.3f (%d of %d)\n", f.ValueUnitAccuracy, f.ValueUnitCorrect, f.ValueUnitScored)
	}
	if p := r.Places; p != nil {
		fmt.Fprintf(w, "  places: gold %d, predicted %d\n", p.Gold, p.Predicted)
		fmt.Fprintf(w, "    recognition strict  P %.3f  R %.3f  F1 %.3f\n", p.StrictP, p.StrictR, p.StrictF1)
		fmt.Fprintf(w, "    recognition overlap P %.3f  R %.3f  F1 %.3f\n", p.OverlapP, p.OverlapR, p.OverlapF1)
		country := "n/a (no countries labelled)"
		if p.GoldWithCountry > 0 {
			country = fmt.Sprintf("%.3f", p.CountryAccuracy)
		}
		fmt.Fprintf(w, "    resolution on gold spans: country accuracy %s, accuracy@161km %.3f (counting the gold entry itself: %.3f)\n",
			country, p.AccuracyAt161km, p.AccuracyAt161kmOrID)
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(w, "  mismatches: %d\n", len(r.Errors))
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "    row %d %s %s %q", e.Row, e.ID, e.Kind, e.Context)
		if e.Want != "" {
			fmt.Fprintf(w, " want %s", e.Want)
		}
		if e.Got != "" {
			fmt.Fprintf(w, " got %s", e.Got)
		}
		fmt.Fprintln(w)
	}
}
