package site

import (
	"fmt"
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
			Places: []annotate.PlaceMention{{Place: place.Place{Country: "SY"}, Count: 3}, {Place: place.Place{Country: "IQ"}, Count: 1}}}},
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
