package eval

import (
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

func TestZZDump(t *testing.T) {
	file := os.Getenv("DUMP")
	if file == "" {
		t.Skip()
	}
	m := loadMatcher(t)
	rows, err := ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		r := &rows[i]
		if !r.PlacesLabelled() {
			continue
		}
		ms, hidden := m.ResolveWithHidden([]string{r.Text}, nil)
		context := ms
		if len(ms) == 0 {
			context = hidden
		}
		for _, g := range r.Places {
			hasCoords := g.Lat != nil && g.Lon != nil
			var got place.Place
			ok, tagged := false, false
			for _, p := range ms {
				if spanOverlap(p.Start, p.End, g.Start, g.End) {
					got, ok, tagged = p.Place, true, true
					break
				}
			}
			if !ok {
				got, ok = m.ResolveName(r.Text[g.Start:g.End], context, nil)
			}
			gc := ""
			if g.Country != nil {
				gc = *g.Country
			}
			bad := !ok
			d := 0.0
			if ok && hasCoords && got.HasCoords {
				d = place.Haversine(*g.Lat, *g.Lon, got.Lat, got.Lon)
				bad = d > 161
			}
			if os.Getenv("COUNTRY") != "" {
				bad = gc != "" && (!ok || got.Country != gc)
			}
			if bad {
				glat, glon := 0.0, 0.0
				if hasCoords {
					glat, glon = *g.Lat, *g.Lon
				}
				fmt.Printf("row %d %q type=%s gold=%s (%.2f,%.2f) gid=%d | got ok=%v tagged=%v %s %s %s (%.2f,%.2f) pop=%d d=%.0f\n", i, r.Text[g.Start:g.End], g.Type, gc, glat, glon, g.GeonameID, ok, tagged, got.Name, got.Country, got.Kind, got.Lat, got.Lon, got.Population, d)
			}
		}
	}
}
