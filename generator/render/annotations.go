package render

import (
	"bytes"
	"encoding/json"
	"math"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// AnnotationsVersion is the "version" of annotations.json.
const AnnotationsVersion = 1

// annotationsJSON encodes every briefing's figures and places, the machine-readable export
// of the annotation stage (layouts/annotations.json prints it). Rows are arrays, to keep the
// file small; "columns" names their fields:
//
//	{"version":1,"attribution":"…",
//	 "columns":{"figure":["text","kind","value","min","max","unit","qualifier","si","siUnit","line","check","checkMessage"],
//	            "place":["text","name","slug","country","region","lat","lon","id","count","line"]},
//	 "briefings":[{"url":"…","file":"content/…md","title":"…","date":"2017-10-17",
//	               "figures":[[…],…],"places":[[…],…]},…]}
//
// min and max are null unless the figure is a range; si and siUnit are null where no SI
// value applies; check is null, true or false (a restated figure's conversion check); lat
// and lon are null for a place without coordinates; id is the gazetteer id (GeoNames id, or
// negative for curated and site places).
func annotationsJSON(s *site.Site) (string, error) {
	type doc struct {
		URL     string  `json:"url"`
		File    string  `json:"file"`
		Title   string  `json:"title"`
		Date    string  `json:"date"`
		Figures [][]any `json:"figures"`
		Places  [][]any `json:"places"`
	}
	out := struct {
		Version     int                 `json:"version"`
		Attribution string              `json:"attribution"`
		Columns     map[string][]string `json:"columns"`
		Briefings   []doc               `json:"briefings"`
	}{
		Version:     AnnotationsVersion,
		Attribution: gazetteer.Attribution,
		Columns: map[string][]string{
			"figure": {"text", "kind", "value", "min", "max", "unit", "qualifier", "si", "siUnit", "line", "check", "checkMessage"},
			"place":  {"text", "name", "slug", "country", "region", "lat", "lon", "id", "count", "line"},
		},
		Briefings: make([]doc, len(s.Briefings)),
	}
	num := func(f float64) any {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil
		}
		return f
	}
	for i, b := range s.Briefings {
		d := doc{URL: b.Permalink, File: b.Path, Title: b.Title, Date: b.Date.Format("2006-01-02"),
			Figures: make([][]any, len(b.Figures)), Places: make([][]any, len(b.Places))}
		for j, f := range b.Figures {
			var lo, hi, si, siUnit, check, msg any
			if f.IsRange {
				lo, hi = num(f.Min), num(f.Max)
			}
			if f.SIUnit != "" {
				si, siUnit = num(f.SI), f.SIUnit
			}
			if f.Check != nil {
				check, msg = f.Check.OK, f.Check.Message
			}
			d.Figures[j] = []any{f.Text, string(f.Kind), num(f.Value), lo, hi, f.Unit, f.Qualifier, si, siUnit, f.Line, check, msg}
		}
		for j, p := range b.Places {
			var lat, lon any
			if p.HasCoords {
				lat, lon = p.Lat, p.Lon
			}
			d.Places[j] = []any{p.Text, p.Name, p.Slug, p.Country, p.Region, lat, lon, p.ID, p.Count, p.Line}
		}
		out.Briefings[i] = d
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return "", err
	}
	return buf.String(), nil
}
