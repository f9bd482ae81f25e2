package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMismatches lists each kind of disagreement once, with its context and both readings.
func TestMismatches(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "m.jsonl")
	rows := `{"id":"f1","text":"They cleared 12 square kilometers, struck 7 targets and saw 40 trucks.","places":null,"figures":[{"start":13,"end":33,"value":12,"unit":"mi2","surface":"12 square kilometers"},{"start":42,"end":43,"value":7,"unit":"count","surface":"7"}],"scope":"all-quantities"}
{"id":"f2","text":"A label on a phone number: call 555-1234.","places":null,"figures":[{"start":32,"end":35,"value":555,"unit":"number","surface":"555"}],"scope":"all-quantities"}
{"id":"f3","text":"The road ran about 12 km north, then 30 mi east.","places":null,"figures":[{"start":13,"end":24,"value":12,"unit":"km","surface":"about 12 km"},{"start":37,"end":47,"value":30,"unit":"km","surface":"30 mi east"}],"scope":"all-quantities"}
{"id":"p1","text":"Fighting in Mosul and in Paris; the Wadi Hauran is quiet.","places":[{"start":12,"end":17,"name":"Mosul","country":"IQ","lat":36.335,"lon":43.119,"surface":"Mosul"},{"start":25,"end":30,"name":"Paris","country":"US","lat":33.66,"lon":-95.56,"surface":"Paris"},{"start":36,"end":47,"name":"Wadi Hauran","country":"IQ","lat":33.0,"lon":41.0,"surface":"Wadi Hauran"}],"figures":null}
`
	if err := os.WriteFile(file, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := Evaluate(file, loadMatcher(t), Options{Errors: true})
	if err != nil {
		t.Fatal(err)
	}
	byKind := map[string][]Mismatch{}
	for _, e := range r.Errors {
		byKind[e.Kind] = append(byKind[e.Kind], e)
	}
	check := func(kind, text, context, want, got string) {
		t.Helper()
		for _, e := range byKind[kind] {
			if e.Text == text {
				if !strings.Contains(e.Context, context) || !strings.Contains(e.Want, want) || !strings.Contains(e.Got, got) {
					t.Errorf("%s %q: context %q want %q got %q", kind, text, e.Context, e.Want, e.Got)
				}
				return
			}
		}
		t.Errorf("no %s mismatch for %q in %+v", kind, text, r.Errors)
	}
	check(FigureValue, "12 square kilometers", "cleared [[12 square kilometers]], struck", "12 mi2", "12 km2")
	check(FigureSpurious, "40", "saw [[40]] trucks", "", "40 count:truck")
	check(FigureMissed, "555", "call [[555]]-1234.", "555 number", "")
	// matched by overlap only: the span is listed with what was found, whether the value
	// agrees (figure-span) or not (figure-value, the found span quoted)
	check(FigureSpan, "about 12 km", "ran [[about 12 km]] north", "12 km", `"12 km" about 12 km`)
	check(FigureValue, "30 mi east", "then [[30 mi east]].", "30 km", `"30 mi" 30 mi`)
	check(PlaceResolved, "Paris", "in [[Paris]];", "US", "Paris FR")
	if !strings.Contains(byKind[PlaceResolved][0].Got, "km away") {
		t.Errorf("a resolution mismatch does not say how far off it is: %+v", byKind[PlaceResolved])
	}
	if len(byKind[PlaceMissed]) == 0 {
		t.Errorf("no place-missed mismatch for the wadi the gazetteer lacks: %+v", r.Errors)
	}
	for _, e := range r.Errors {
		if e.Text == "Mosul" || e.Text == "7" {
			t.Errorf("a right answer listed as a mismatch: %+v", e)
		}
	}
	plain, err := EvaluateFile(file, loadMatcher(t))
	if err != nil || plain.Errors != nil {
		t.Errorf("EvaluateFile lists mismatches without being asked: %v %+v", err, plain.Errors)
	}
	if *plain.Figures != *r.Figures || *plain.Places != *r.Places {
		t.Error("asking for mismatches changes the scores")
	}
}

// TestMismatchContextKeepsRunes cuts the context on rune boundaries.
func TestMismatchContextKeepsRunes(t *testing.T) {
	text := strings.Repeat("é", 30) + " 5 km " + strings.Repeat("ü", 30)
	m := newMismatch([]Row{{Text: text}}, 0, FigureSpurious, 61, 65)
	if !strings.HasPrefix(m.Context, "é") || !strings.HasSuffix(m.Context, "ü") || !strings.Contains(m.Context, "[[5 km]]") {
		t.Errorf("context %q", m.Context)
	}
}
