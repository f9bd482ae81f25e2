package eval

import (
	"path/filepath"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

// Report is the evaluation of one JSONL file: the figure scores when the file labels
// figures, the place scores when it labels places.
type Report struct {
	File    string        `json:"file"`
	Rows    int           `json:"rows"`
	Figures *FigureScores `json:"figures,omitempty"`
	Places  *PlaceScores  `json:"places,omitempty"`
	// Errors are the mismatches, figures first, in row order within each kind of label; only
	// when asked for (Options.Errors).
	Errors []Mismatch `json:"errors,omitempty"`
}

// Options are the choices of an evaluation.
type Options struct {
	Errors bool // list every mismatch in Report.Errors
}

// EvaluateFile reads a JSONL file and scores the extractors on it. m is the place matcher
// (built without site options); it is used only when the file labels places.
func EvaluateFile(path string, m *place.Matcher) (*Report, error) {
	return Evaluate(path, m, Options{})
}

// Evaluate is EvaluateFile with options.
func Evaluate(path string, m *place.Matcher, opts Options) (*Report, error) {
	rows, err := ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := &Report{File: filepath.Base(path), Rows: len(rows)}
	var hasFigures, hasPlaces bool
	for i := range rows {
		hasFigures = hasFigures || rows[i].FiguresLabelled()
		hasPlaces = hasPlaces || rows[i].PlacesLabelled()
	}
	if hasFigures {
		s, ms := scoreFigures(rows, figure.Find)
		r.Figures = &s
		if opts.Errors {
			r.Errors = append(r.Errors, figureMismatches(rows, ms)...)
		}
	}
	if hasPlaces && m != nil {
		s, ms := scorePlaces(rows, m, opts.Errors)
		r.Places = &s
		r.Errors = append(r.Errors, ms...)
	}
	return r, nil
}
