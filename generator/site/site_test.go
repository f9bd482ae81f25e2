package site

import (
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
)

func briefings(n int) []*Briefing {
	out := make([]*Briefing, n)
	for i := range out {
		out[i] = &Briefing{URL: fmt.Sprint(i)}
	}
	return out
}

func TestPaginateBoundaries(t *testing.T) {
	u := newURLs("https://user.github.io/archive/")
	for _, tc := range []struct {
		items, size, pages int
		lastLen            int
	}{{0, 10, 1, 0}, {1, 10, 1, 1}, {10, 10, 1, 10}, {11, 10, 2, 1}, {25, 10, 3, 5}} {
		pgs := paginate(briefings(tc.items), tc.size, "x/", u)
		if len(pgs) != tc.pages {
			t.Errorf("%d items: %d pages, want %d", tc.items, len(pgs), tc.pages)
			continue
		}
		last := pgs[len(pgs)-1]
		if len(last.Items) != tc.lastLen {
			t.Errorf("%d items: last page holds %d, want %d", tc.items, len(last.Items), tc.lastLen)
		}
		if pgs[0].First != "/archive/x/" || pgs[0].HasPrev || last.HasNext {
			t.Errorf("%d items: first %q prev %v next %v", tc.items, pgs[0].First, pgs[0].HasPrev, last.HasNext)
		}
		if tc.pages > 1 && (pgs[1].PageURLs[1] != "/archive/x/page/2/" || pgs[1].Prev != "/archive/x/" || !pgs[0].HasNext) {
			t.Errorf("%d items: page 2 links %+v", tc.items, pgs[1])
		}
		total := 0
		for _, p := range pgs {
			total += len(p.Items)
		}
		if total != tc.items {
			t.Errorf("%d items: pages hold %d", tc.items, total)
		}
	}
}

func TestNewTermsAliasesAndInference(t *testing.T) {
	cfg := config.Default()
	cfg.BaseURL = "https://user.github.io/archive/"
	cfg.Theatres = []config.Theatre{{Name: "Iraq", Slug: "iraq", Countries: []string{"IQ"}}, {Name: "Syria", Slug: "syria", Countries: []string{"SY"}}}
	cfg.Operations = []config.Operation{{Name: "Inherent Resolve", Slug: "inherent-resolve", Aliases: []string{"OIR"}}}
	day := func(d int) time.Time { return time.Date(2017, 10, d, 0, 0, 0, 0, time.UTC) }
	in := []Input{
		{Briefing: &content.Briefing{Title: "C", Slug: "c", Date: day(3), Theatres: []string{"Narnia"}, Operations: []string{"OIR"}}},
		{Briefing: &content.Briefing{Title: "B", Slug: "b", Date: day(2)}, Annotations: &annotate.Result{
			Places: []annotate.PlaceMention{{Place: &place.Place{Country: "SY"}, Count: 3}, {Place: &place.Place{Country: "IQ"}, Count: 2}}}},
		{Briefing: &content.Briefing{Title: "A", Slug: "a", Date: day(1), Theatres: []string{"iraq"}, Operations: []string{"Inherent Resolve"}}},
	}
	s := New(cfg, in)
	if len(s.Theatres) != 3 || s.Theatres[2].Name != "Syria" || s.Theatres[0].Name != "Iraq" || s.Theatres[1].Name != "Narnia" {
		t.Fatalf("theatres %v", names(s.Theatres))
	}
	if s.Theatres[1].URL != "/archive/theatres/narnia/" || s.Theatres[1].Configured {
		t.Errorf("unlisted theatre %+v", s.Theatres[1])
	}
	b := s.Briefings[1]
	if !b.InferredTheatres || len(b.Theatres) != 2 || b.Theatres[0].Name != "Syria" {
		t.Errorf("inferred theatres %v (inferred %v)", names(b.Theatres), b.InferredTheatres)
	}
	// a theatre with fewer than half the mentions of the first is left out (a dateline)
	syria, iraq := s.Theatres[2], s.Theatres[0]
	few := []annotate.PlaceMention{{Place: &place.Place{Country: "IQ"}, Count: 1}, {Place: &place.Place{Country: "SY"}, Count: 5}}
	if got := inferTheatres([]*Term{iraq, syria}, few); len(got) != 1 || got[0] != syria {
		t.Errorf("inferred from 5 mentions in Syria and 1 in Iraq: %v, want Syria only", names(got))
	}
	// a country named only to say who acts counts for no theatre
	home := &Term{Name: "Homeland", Countries: []string{"US"}}
	actors := []annotate.PlaceMention{{Place: &place.Place{Country: "US"}, Count: 6, Actor: 5}, {Place: &place.Place{Country: "SY"}, Count: 3}}
	if got := inferTheatres([]*Term{home, syria}, actors); len(got) != 1 || got[0] != syria {
		t.Errorf("inferred from 5 mentions of U.S. forces, 1 of the U.S. and 3 of Syria: %v, want Syria only", names(got))
	}
	actors[0].Actor = 2 // four mentions of the U.S. as a place
	if got := inferTheatres([]*Term{home, syria}, actors); len(got) != 2 || got[0] != home {
		t.Errorf("inferred from 4 mentions of the U.S. and 3 of Syria: %v, want Homeland and Syria", names(got))
	}
	op := s.Operations[0]
	if len(s.Operations) != 1 || len(op.Briefings) != 2 {
		t.Fatalf("operations %v with %d briefings: alias OIR must file under Inherent Resolve", names(s.Operations), len(op.Briefings))
	}
	if s.Briefings[0].Prev != s.Briefings[2] || s.Briefings[2].Next != s.Briefings[0] {
		t.Errorf("prev/next within the operation wrong")
	}
	if s.Briefings[0].URL != "/archive/briefings/2017/10/c/" || s.Briefings[0].Permalink != "https://user.github.io/archive/briefings/2017/10/c/" {
		t.Errorf("URLs %q %q", s.Briefings[0].URL, s.Briefings[0].Permalink)
	}
	seen := map[string]bool{}
	for _, p := range s.Pages {
		if seen[p.OutPath] {
			t.Errorf("two pages write %s", p.OutPath)
		}
		seen[p.OutPath] = true
	}
	for _, want := range []string{"index.html", "404.html", "briefings/index.html", "briefings/2017/10/c/index.html", "theatres/index.html", "theatres/narnia/index.html", "operations/inherent-resolve/index.html"} {
		if !seen[want] {
			t.Errorf("no page %s", want)
		}
	}
}

func names(ts []*Term) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Name)
	}
	return out
}

func terms(n int) []*Term {
	out := make([]*Term, n)
	for i := range out {
		out[i] = &Term{Name: fmt.Sprint(i)}
	}
	return out
}

// TestPaginateTermsBoundaries checks the pages of a term list at 0, 1, exactly a page, and
// a page plus one.
func TestPaginateTermsBoundaries(t *testing.T) {
	u := newURLs("https://user.github.io/archive/")
	for _, tc := range []struct{ items, size, pages, lastLen int }{
		{0, 10, 1, 0}, {1, 10, 1, 1}, {10, 10, 1, 10}, {11, 10, 2, 1}, {TermsPageSize + 1, TermsPageSize, 2, 1},
	} {
		pgs := paginateTerms(terms(tc.items), tc.size, "places/by-count/", u)
		if len(pgs) != tc.pages || len(pgs[len(pgs)-1].Terms) != tc.lastLen {
			t.Errorf("%d terms: %d pages, last holds %d; want %d, %d", tc.items, len(pgs), len(pgs[len(pgs)-1].Terms), tc.pages, tc.lastLen)
			continue
		}
		if pgs[0].First != "/archive/places/by-count/" || pgs[len(pgs)-1].Last != pgs[len(pgs)-1].PageURLs[tc.pages-1] {
			t.Errorf("%d terms: first %q last %q", tc.items, pgs[0].First, pgs[len(pgs)-1].Last)
		}
		if tc.pages == 2 && (pgs[1].Prev != "/archive/places/by-count/" || pgs[0].Next != "/archive/places/by-count/page/2/" || pgs[1].FirstItemNo != tc.size+1) {
			t.Errorf("%d terms: page links %+v", tc.items, pgs[1])
		}
		if tc.items == 0 && (pgs[0].FirstItemNo != 0 || pgs[0].LastItemNo != 0) {
			t.Errorf("empty list numbered %d–%d", pgs[0].FirstItemNo, pgs[0].LastItemNo)
		}
	}
}

// TestIndexPlacesArchiveAndRelations builds a model with places and dates and checks the
// place terms, the archive, the related terms, the pages written and their counts.
func TestIndexPlacesArchiveAndRelations(t *testing.T) {
	cfg := config.Default()
	cfg.BaseURL = "https://user.github.io/archive/"
	cfg.Paginate = 1
	cfg.Theatres = []config.Theatre{{Name: "Syria", Slug: "syria", Countries: []string{"SY"}}}
	raqqa := &place.Place{ID: 1, Name: "Raqqa", Slug: "raqqa", Kind: "city", Country: "SY", Lat: 35.95, Lon: 39.01, HasCoords: true}
	tabqa := &place.Place{ID: 2, Name: "Tabqa", Slug: "tabqa", Kind: "city", Country: "SY", Lat: 35.84, Lon: 38.55, HasCoords: true}
	far := &place.Place{ID: 3, Name: "Kabul", Slug: "kabul", Kind: "city", Country: "AF", Lat: 34.5, Lon: 69.2, HasCoords: true}
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	pct := func(v float64, seg int) annotate.Figure {
		f := annotate.Figure{Segment: seg}
		f.Kind, f.Unit, f.Value, f.Text, f.Restates = "percent", "percent", v, fmt.Sprint(v, " percent"), -1
		return f
	}
	in := []Input{
		{Briefing: &content.Briefing{Title: "C", Slug: "c", Date: day(2017, 10, 3), Theatres: []string{"Syria"}, Operations: []string{"OIR"}},
			Annotations: &annotate.Result{Places: []annotate.PlaceMention{{Place: raqqa, Count: 2, Segments: []int{0}}},
				Figures: []annotate.Figure{pct(80, 0), pct(5, 1)}}},
		{Briefing: &content.Briefing{Title: "B", Slug: "b", Date: day(2017, 9, 2), Theatres: []string{"Syria"}, Operations: []string{"OIR"}},
			Annotations: &annotate.Result{Places: []annotate.PlaceMention{{Place: raqqa, Count: 1, Segments: []int{1}}, {Place: tabqa, Count: 1, Segments: []int{0}}},
				Figures: []annotate.Figure{pct(60, 1)}}},
		{Briefing: &content.Briefing{Title: "A", Slug: "a", Date: day(2016, 1, 1)},
			Annotations: &annotate.Result{Places: []annotate.PlaceMention{{Place: far, Count: 1}}}},
	}
	s := New(cfg, in)
	if len(s.Places) != 3 || s.Places[0].Slug != "kabul" || s.Places[1].Slug != "raqqa" {
		t.Fatalf("places %v", names(s.Places))
	}
	r := s.Places[1]
	if r.Count() != 2 || r.Mentions != 3 || r.URL != "/archive/places/raqqa/" || r.Newest() != day(2017, 10, 3) || r.Oldest() != day(2017, 9, 2) {
		t.Errorf("raqqa: %d briefings, %d mentions, %s, %v–%v", r.Count(), r.Mentions, r.URL, r.Oldest(), r.Newest())
	}
	if len(r.Nearby) != 1 || r.Nearby[0].Term.Slug != "tabqa" || r.Nearby[0].Km < 35 || r.Nearby[0].Km > 50 {
		t.Errorf("nearby %+v", r.Nearby)
	}
	if len(r.Operations) != 1 || r.Operations[0].Term.Name != "OIR" || r.Operations[0].Count != 2 {
		t.Errorf("operations of raqqa %+v", r.Operations)
	}
	syria := s.Theatres[0]
	if len(syria.Operations) != 1 || len(syria.Places) != 2 || syria.Places[0].Term != r || syria.Places[0].Count != 3 {
		t.Errorf("syria related: ops %+v places %+v", syria.Operations, syria.Places)
	}
	tl := r.Timeline()
	if len(tl) != 1 || len(tl[0].Points) != 2 || tl[0].Points[0].Value != 60 || tl[0].Points[1].Value != 80 {
		t.Errorf("timeline of raqqa: %+v (want 60 then 80: the figures in the blocks naming it)", tl)
	}
	if len(s.Years) != 2 || s.Years[0].Name != "2017" || len(s.Years[0].Months) != 2 || s.Years[0].Months[0].URL != "/archive/archive/2017/10/" {
		t.Fatalf("years %v months %v", names(s.Years), names(s.Years[0].Months))
	}
	byOut := map[string]*Page{}
	for _, p := range s.Pages {
		byOut[p.OutPath] = p
	}
	for _, want := range []string{"places/index.html", "places/by-count/index.html", "places/raqqa/index.html", "places/raqqa/page/2/index.html",
		"archive/index.html", "archive/2017/index.html", "archive/2017/page/2/index.html", "archive/2017/10/index.html", "archive/2016/01/index.html",
		"index.xml", "theatres/syria/index.xml", "operations/oir/index.xml", "sitemap.xml", "robots.txt", "search/index.html", "search-index.json",
		"theatres/by-count/index.html", "operations/by-count/index.html"} {
		if byOut[want] == nil {
			t.Errorf("no page %s", want)
		}
	}
	if byOut["places/raqqa/page/3/index.html"] != nil {
		t.Errorf("a third page of raqqa")
	}
	sm := byOut["sitemap.xml"]
	html := 0
	for _, p := range s.Pages {
		if p.Kind != "404" && len(p.OutPath) > 5 && p.OutPath[len(p.OutPath)-5:] == ".html" {
			html++
		}
	}
	if len(sm.URLs) != html || sm.URLs[0].Loc != "https://user.github.io/archive/" {
		t.Errorf("sitemap lists %d URLs, want %d", len(sm.URLs), html)
	}
	// The counts add up: every briefing is in exactly one month and one year.
	total := 0
	for _, y := range s.Years {
		n := 0
		for _, m := range y.Months {
			n += m.Count()
		}
		if n != y.Count() {
			t.Errorf("year %s: months hold %d of %d", y.Name, n, y.Count())
		}
		total += y.Count()
	}
	if total != len(s.Briefings) {
		t.Errorf("years hold %d of %d briefings", total, len(s.Briefings))
	}
}

func TestHaversine(t *testing.T) {
	// Baghdad to Mosul is about 340 km.
	if d := Haversine(33.34, 44.40, 36.34, 43.13); d < 330 || d > 360 {
		t.Errorf("Baghdad–Mosul %.0f km", d)
	}
}

// TestTimelineByUnitNumbers checks that a timeline grouping its points by the numbers of
// their units (figures charted for the model) is the one grouping them by comparing units
// (figures charted for another model, which share nothing of the numbering).
func TestTimelineByUnitNumbers(t *testing.T) {
	cfg := config.Default()
	raqqa := &place.Place{ID: 1, Name: "Raqqa", Slug: "raqqa", Kind: "city", Country: "SY"}
	units := []string{"percent", "km", "count:strike", "count:strikes", "km2", "day"}
	var in []Input
	for i := 0; i < 40; i++ {
		var figs []annotate.Figure
		for k := 0; k < 12; k++ {
			f := annotate.Figure{Segment: k / 3}
			f.Restates = -1
			f.Unit = units[(i*7+k*k)%len(units)]
			f.Kind, f.Value, f.Text = "count", float64((i+k)%5), fmt.Sprint(i, "/", k)
			if f.Unit == "percent" {
				f.Kind = "percent"
			}
			figs = append(figs, f)
		}
		in = append(in, Input{
			Briefing:    &content.Briefing{Title: fmt.Sprint(i), Slug: fmt.Sprint("b", i), Date: time.Date(2017, 1, 40-i, 0, 0, 0, 0, time.UTC), Operations: []string{"OIR"}},
			Annotations: &annotate.Result{Places: []annotate.PlaceMention{{Place: raqqa, Count: 2, Segments: []int{i % 4, 3}}}},
			Figures:     NewFigures(figs),
		})
	}
	type point struct {
		unit, text, briefing string
		value                float64
	}
	flatten := func(s *Site) (out []point) {
		for _, term := range [2]*Term{s.Places[0], s.Operations[0]} {
			for _, sr := range term.Timeline() {
				for _, p := range sr.Points {
					out = append(out, point{sr.Unit + " " + sr.Label, p.Figure.Text, p.Briefing.Title, p.Value})
				}
			}
		}
		return out
	}
	numbered := flatten(New(cfg, in)) // charts made for this model, their units numbered by it
	compared := flatten(New(cfg, in)) // the same charts, numbered by the first model
	if len(numbered) == 0 || !slices.Equal(numbered, compared) {
		t.Fatalf("timelines differ:\n%v\n%v", numbered, compared)
	}
	for _, f := range in {
		f.Figures.chartOnce = sync.Once{} // charts made again, without numbers
		f.Figures.chart, f.Figures.chartUnits = nil, nil
		f.Figures.charts(nil)
	}
	if plain := flatten(New(cfg, in)); !slices.Equal(numbered, plain) {
		t.Fatalf("timelines differ:\n%v\n%v", numbered, plain)
	}
}
