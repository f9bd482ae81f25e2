package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Row is one labelled document of an eval JSONL file.
type Row struct {
	ID      string       `json:"id"`
	Source  string       `json:"source"`
	Text    string       `json:"text"`
	Places  []GoldPlace  `json:"places"`  // nil: not labelled for places
	Figures []GoldFigure `json:"figures"` // nil: not labelled for figures
	Scope   string       `json:"scope"`   // figures: which kinds the row labels ("all-quantities", "number", ...)

	placesLabelled, figuresLabelled bool
}

// PlacesLabelled reports whether the row labels places (an empty list is labelled).
func (r *Row) PlacesLabelled() bool { return r.placesLabelled }

// FiguresLabelled reports whether the row labels figures (an empty list is labelled).
func (r *Row) FiguresLabelled() bool { return r.figuresLabelled }

// GoldPlace is a labelled toponym; Start and End are UTF-8 byte offsets, End exclusive.
type GoldPlace struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Name      string   `json:"name"`
	Country   *string  `json:"country"`
	Lat       *float64 `json:"lat"`
	Lon       *float64 `json:"lon"`
	Surface   string   `json:"surface"`
	GeonameID int      `json:"geonameid"`
	FCode     string   `json:"fcode"`
	Type      string   `json:"type"` // GeoWebNews pragmatic type (Literal, Demonym, ...)
}

// GoldFigure is a labelled quantity; Start and End are UTF-8 byte offsets, End exclusive.
type GoldFigure struct {
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Value   *float64 `json:"value"`
	Unit    *string  `json:"unit"`
	RawUnit *string  `json:"raw_unit"` // the source's own unit string
	Surface string   `json:"surface"`
	Kind    string   `json:"kind"`
	Min     *float64 `json:"min"`
	Max     *float64 `json:"max"`
}

// ReadFile reads a JSONL eval file.
func ReadFile(path string) ([]Row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	rows, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("eval: %s: %w", path, err)
	}
	return rows, nil
}

// Read decodes JSONL rows, one JSON object per line; blank lines are skipped.
func Read(r io.Reader) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var rows []Row
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(b) == 0 {
			continue
		}
		var row Row
		if err := json.Unmarshal(b, &row); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		var raw struct {
			Places  json.RawMessage `json:"places"`
			Figures json.RawMessage `json:"figures"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		row.placesLabelled = len(raw.Places) > 0 && string(raw.Places) != "null"
		row.figuresLabelled = len(raw.Figures) > 0 && string(raw.Figures) != "null"
		for _, p := range row.Places {
			if p.Start < 0 || p.End > len(row.Text) || p.Start > p.End {
				return nil, fmt.Errorf("line %d: place span %d-%d outside text", line, p.Start, p.End)
			}
		}
		for _, f := range row.Figures {
			if f.Start < 0 || f.End > len(row.Text) || f.Start > f.End {
				return nil, fmt.Errorf("line %d: figure span %d-%d outside text", line, f.Start, f.End)
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}
