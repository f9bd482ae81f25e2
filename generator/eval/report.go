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
}

// EvaluateFile reads a JSONL file and scores the extractors on it. m is the place matcher
// (built without site options); it is used only when the file labels places.
func EvaluateFile(path string, m *place.Matcher) (*Report, error) {
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
		s := ScoreFigures(rows, figure.Find)
		r.Figures = &s
	}
	if hasPlaces && m != nil {
		s := ScorePlaces(rows, m)
		r.Places = &s
	}
	return r, nil
}
