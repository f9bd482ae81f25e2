package eval

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
)

func fp(v float64) *float64 { return &v }
func sp(s string) *string   { return &s }

// fixed returns a find function that returns the given figures whatever the text.
func fixed(figs ...figure.Figure) func(string) []figure.Figure {
	return func(string) []figure.Figure { return figs }
}

func fig(start, end int, kind figure.Kind, v float64, unit string) figure.Figure {
	return figure.Figure{Start: start, End: end, CoreStart: start, CoreEnd: end, NumStart: start, NumEnd: end,
		Kind: kind, Value: v, Unit: unit, Restates: -1}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreFiguresStrictOverlapAndMisses(t *testing.T) {
	rows, err := Read(strings.NewReader(`{"id":"a","text":"about 5 km and 3 mg and 7","figures":[` +
		`{"start":6,"end":10,"value":5,"unit":"km"},{"start":15,"end":19,"value":3,"unit":"mg"},` +
		`{"start":24,"end":25,"value":7,"unit":"count"}],"scope":"all-quantities"}` + "\n" +
		`{"id":"b","text":"no labels","figures":null}` + "\n" +
		`{"id":"c","text":"labelled empty 9","figures":[],"scope":"all-quantities"}`))
	if err != nil {
		t.Fatal(err)
	}
	find := func(text string) []figure.Figure {
		switch text {
		case rows[0].Text:
			return []figure.Figure{
				fig(6, 10, figure.Length, 5, "km"),      // strict, right
				fig(15, 16, figure.Number, 3, "number"), // overlap, wrong unit
			}
		case rows[2].Text:
			return []figure.Figure{fig(15, 16, figure.Number, 9, "number")} // false positive
		}
		return []figure.Figure{fig(0, 2, figure.Number, 1, "number")} // unlabelled row: ignored
	}
	s := ScoreFigures(rows, find)
	if s.Rows != 2 || s.Gold != 3 || s.Predicted != 3 || s.Matched != 2 {
		t.Fatalf("counts: %+v", s)
	}
	if !near(s.StrictP, 1.0/3) || !near(s.StrictR, 1.0/3) || !near(s.OverlapP, 2.0/3) || !near(s.OverlapR, 2.0/3) {
		t.Errorf("P/R: %+v", s)
	}
	if !near(s.OverlapF1, 2.0/3) || !near(s.StrictF1, 1.0/3) {
		t.Errorf("F1: %+v", s)
	}
	if !near(s.ValueUnitAccuracy, 0.5) {
		t.Errorf("value+unit accuracy = %v, want 0.5", s.ValueUnitAccuracy)
	}
}

func TestScoreFiguresOneToOne(t *testing.T) {
	rows := []Row{{Text: "10 to 15 km", Figures: []GoldFigure{{Start: 0, End: 11, Min: fp(10), Max: fp(15), Unit: sp("km")}},
		Scope: "all-quantities", figuresLabelled: true}}
	r := fig(0, 11, figure.Length, 10, "km")
	r.IsRange, r.Min, r.Max = true, 10, 15
	s := ScoreFigures(rows, fixed(r, fig(3, 5, figure.Number, 1, "number")))
	if s.Matched != 1 || s.Predicted != 2 || s.ValueUnitAccuracy != 1 {
		t.Errorf("one gold span must match one prediction: %+v", s)
	}
}

func TestScoreFiguresScope(t *testing.T) {
	rows := []Row{{Text: "It is 20 °C and costs $5", Figures: []GoldFigure{{Start: 6, End: 11, Value: fp(20), Unit: sp("degC")}},
		Scope: "temperature", figuresLabelled: true}}
	s := ScoreFigures(rows, fixed(fig(6, 11, figure.Temperature, 20, "degC"), fig(22, 24, figure.Money, 5, "USD")))
	if s.Predicted != 1 || s.StrictF1 != 1 {
		t.Errorf("money must not count in a temperature row: %+v", s)
	}
	// a gold count matches any count:NOUN, a gold number a count
	rows = []Row{{Text: "seven strikes", Figures: []GoldFigure{{Start: 0, End: 5, Value: fp(7), Unit: sp("count")}},
		Scope: "all-quantities", figuresLabelled: true}}
	c := fig(0, 13, figure.Count, 7, "count:strike")
	c.CoreEnd, c.NumEnd = 5, 5
	s = ScoreFigures(rows, fixed(c))
	if s.StrictF1 != 1 || s.ValueUnitAccuracy != 1 {
		t.Errorf("count: %+v", s)
	}
	// MeasEval spans include the qualifier
	rows = []Row{{Source: "MeasEval", Text: "about 5 km", Figures: []GoldFigure{{Start: 0, End: 10, Value: fp(5), Unit: sp("km")}},
		Scope: "all-quantities", figuresLabelled: true}}
	q := fig(0, 10, figure.Length, 5, "km")
	q.CoreStart, q.NumStart = 6, 6
	if s = ScoreFigures(rows, fixed(q)); s.StrictF1 != 1 {
		t.Errorf("MeasEval qualifier: %+v", s)
	}
}

// TestFiguresEvalTargets scores the figure extractor on the development eval files and fails
// when a score falls below its floor (a regression guard, set a little under what it achieves).
func TestFiguresEvalTargets(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("eval data not found:", err)
	}
	floors := []struct {
		file                           string
		overlapF1, strictF1, valueUnit float64
	}{
		{"figures-recognizers.jsonl", 0.91, 0.74, 0.88},
		{"figures-quantulum3.jsonl", 0.915, 0.745, 0.84},
		{"figures-grobid-quantities.jsonl", 0.87, 0.765, 0.87},
		{"figures-measeval.jsonl", 0.865, 0.66, 0.905},
	}
	for _, fl := range floors {
		rows, err := ReadFile(filepath.Join(dir, fl.file))
		if err != nil {
			t.Fatal(err)
		}
		s := ScoreFigures(rows, figure.Find)
		t.Logf("%-32s rows %4d gold %4d pred %4d | strict P %.3f R %.3f F1 %.3f | overlap P %.3f R %.3f F1 %.3f | value+unit %.3f",
			fl.file, s.Rows, s.Gold, s.Predicted, s.StrictP, s.StrictR, s.StrictF1, s.OverlapP, s.OverlapR, s.OverlapF1, s.ValueUnitAccuracy)
		if s.OverlapF1 < fl.overlapF1 || s.StrictF1 < fl.strictF1 {
			t.Errorf("%s: overlap F1 %.3f (floor %.2f), strict F1 %.3f (floor %.2f)", fl.file, s.OverlapF1, fl.overlapF1, s.StrictF1, fl.strictF1)
		}
		if s.ValueUnitAccuracy < fl.valueUnit {
			t.Errorf("%s: value and unit accuracy %.3f (floor %.3f)", fl.file, s.ValueUnitAccuracy, fl.valueUnit)
		}
	}
}

func TestScoreFiguresBareLists(t *testing.T) {
	text := "for x = 0.3 and 0.7 here"
	rows := []Row{{Source: "grobid-quantities", Text: text, Figures: []GoldFigure{{Start: 8, End: 19}},
		Scope: "all-quantities", figuresLabelled: true}}
	preds := fixed(fig(8, 11, figure.Number, 0.3, "number"), fig(16, 19, figure.Number, 0.7, "number"))
	if s := ScoreFigures(rows, preds); s.Predicted != 1 || s.StrictF1 != 1 {
		t.Errorf("a list of bare numbers is one span in grobid-quantities: %+v", s)
	}
	rows[0].Source = "quantulum3"
	if s := ScoreFigures(rows, preds); s.Predicted != 2 {
		t.Errorf("quantulum3 labels each number: %+v", s)
	}
}
