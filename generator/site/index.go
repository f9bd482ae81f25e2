package site

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
)

// Index pages are made from what each briefing already carries (its terms, places and
// figures), in passes that are linear in the number of briefings, mentions and figures.

// indexer collects the places, the archive by date and the relations between terms.
type indexer struct {
	u      urls
	places map[string]*Term // by slug
	years  map[int]*Term
	months map[int]*Term // by year*100+month
	// rel[{a, b}] counts the briefings (or mentions, for places) a and b share: one flat
	// map, one hash a count, as it is updated for every place mention of the archive.
	rel map[[2]*Term]int
	// written counts, per place, the briefings that name it in each form ("Raqqa", "Raqqah");
	// a place has few forms, so a short list searched in order beats a map.
	written map[*Term][]formCount
}

func newIndexer(u urls) *indexer {
	return &indexer{u: u, places: map[string]*Term{}, years: map[int]*Term{}, months: map[int]*Term{},
		rel: map[[2]*Term]int{}, written: map[*Term][]formCount{}}
}

func (ix *indexer) relate(a, b *Term, n int) { ix.rel[[2]*Term{a, b}] += n }

// add files b under its places and its month; briefings come newest first.
func (ix *indexer) add(b *Briefing) {
	b.PlaceTerms = make([]*Term, len(b.Places))
	for i := range b.Places {
		pm := &b.Places[i]
		if pm.Slug == "" {
			continue
		}
		t := ix.places[pm.Slug]
		if t == nil {
			p := pm.Place
			t = &Term{Kind: "place", Name: p.Name, Slug: p.Slug, Place: p, Countries: []string{p.Country},
				URL: ix.u.rel("places/" + p.Slug + "/"), Permalink: ix.u.abs("places/" + p.Slug + "/")}
			ix.places[pm.Slug] = t
		}
		b.PlaceTerms[i] = t
		t.Mentions += pm.Count
		if pm.Text != "" {
			ix.written[t] = countForm(ix.written[t], pm.Text)
		}
		if n := len(t.Briefings); n == 0 || t.Briefings[n-1] != b {
			t.Briefings = append(t.Briefings, b)
		}
		for _, o := range b.Operations {
			ix.relate(o, t, pm.Count)
			ix.relate(t, o, 1)
		}
		for _, th := range b.Theatres {
			ix.relate(th, t, pm.Count)
		}
	}
	for _, th := range b.Theatres {
		for _, o := range b.Operations {
			ix.relate(th, o, 1)
			ix.relate(o, th, 1)
		}
	}
	y, m := b.Date.Year(), int(b.Date.Month())
	year := ix.years[y]
	if year == nil {
		slug := b.Date.Format("2006")
		year = &Term{Kind: "year", Name: slug, Slug: slug, URL: ix.u.rel("archive/" + slug + "/"), Permalink: ix.u.abs("archive/" + slug + "/")}
		ix.years[y] = year
	}
	year.Briefings = append(year.Briefings, b)
	month := ix.months[y*100+m]
	if month == nil {
		p := b.Date.Format("2006/01")
		month = &Term{Kind: "month", Name: b.Date.Format("January 2006"), Slug: b.Date.Format("01"), Year: year,
			URL: ix.u.rel("archive/" + p + "/"), Permalink: ix.u.abs("archive/" + p + "/")}
		ix.months[y*100+m] = month
		year.Months = append(year.Months, month)
	}
	month.Briefings = append(month.Briefings, b)
	b.Month = month
}

// finish sorts what add collected into the site and sets the related terms.
func (ix *indexer) finish(s *Site) {
	for _, t := range ix.places {
		t.Name = displayName(t.Place.Name, ix.written[t])
		s.Places = append(s.Places, t)
	}
	sortByName(s.Places)
	for _, t := range ix.years {
		s.Years = append(s.Years, t)
	}
	sort.Slice(s.Years, func(i, j int) bool { return s.Years[i].Name > s.Years[j].Name })
	byTerm := map[*Term][]TermCount{}
	for pair, n := range ix.rel {
		byTerm[pair[0]] = append(byTerm[pair[0]], TermCount{Term: pair[1], Count: n})
	}
	related := func(t *Term, kind string) []TermCount {
		var out []TermCount
		for _, tc := range byTerm[t] {
			if tc.Term.Kind == kind {
				out = append(out, tc)
			}
		}
		sort.Slice(out, func(i, j int) bool {
			if out[i].Count != out[j].Count {
				return out[i].Count > out[j].Count
			}
			return out[i].Term.Slug < out[j].Term.Slug
		})
		return out
	}
	for _, t := range s.Theatres {
		t.Operations = related(t, "operation")
		t.Places = related(t, "place")
	}
	for _, t := range s.Operations {
		t.Theatres = related(t, "theatre")
		t.Places = related(t, "place")
	}
	for _, t := range s.Places {
		t.Operations = related(t, "operation")
	}
	setNearby(s.Places, 6, 250)
}

func sortByName(ts []*Term) {
	sort.Slice(ts, func(i, j int) bool {
		a, b := strings.ToLower(ts[i].Name), strings.ToLower(ts[j].Name)
		if a != b {
			return a < b
		}
		return ts[i].Slug < ts[j].Slug
	})
}

// byCount returns the terms ordered by number of briefings, most first, then by name.
func byCount(ts []*Term) []*Term {
	out := append([]*Term(nil), ts...)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Briefings) > len(out[j].Briefings) })
	return out
}

// chartable reports whether figures of kind k are worth following over time.
func chartable(k figure.Kind) bool {
	switch k {
	case figure.Area, figure.Percent, figure.Money, figure.OperationDay, figure.Count, figure.Length, figure.Mass, figure.Volume:
		return true
	}
	return false
}

// setNearby gives each place with coordinates its k nearest places within maxKm. Places are
// swept in order of latitude, so only those in a band of latitude are compared.
func setNearby(places []*Term, k int, maxKm float64) {
	var pts []*Term
	for _, t := range places {
		if t.Place != nil && t.Place.HasCoords && t.Place.Kind != "country" {
			pts = append(pts, t)
		}
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].Place.Lat != pts[j].Place.Lat {
			return pts[i].Place.Lat < pts[j].Place.Lat
		}
		return pts[i].Slug < pts[j].Slug
	})
	band := maxKm / 111.0 // degrees of latitude
	for i, t := range pts {
		var near []Nearby
		consider := func(o *Term) {
			d := Haversine(t.Place.Lat, t.Place.Lon, o.Place.Lat, o.Place.Lon)
			if d <= maxKm {
				near = append(near, Nearby{Term: o, Km: d})
			}
		}
		for j := i - 1; j >= 0 && t.Place.Lat-pts[j].Place.Lat <= band; j-- {
			consider(pts[j])
		}
		for j := i + 1; j < len(pts) && pts[j].Place.Lat-t.Place.Lat <= band; j++ {
			consider(pts[j])
		}
		sort.Slice(near, func(a, b int) bool {
			if near[a].Km != near[b].Km {
				return near[a].Km < near[b].Km
			}
			return near[a].Term.Slug < near[b].Term.Slug
		})
		if len(near) > k {
			near = near[:k]
		}
		t.Nearby = near
	}
}

// Haversine is the great-circle distance in kilometres between two points given in degrees.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// displayName names a place as the archive writes it: the form most briefings use
// ("Raqqa" rather than the gazetteer's "Ar Raqqah"), ties broken by the shorter, then the
// alphabetically first form; the gazetteer's name when no form is known. Forms that are
// not capitalised, or carry a qualifier ("Kirkuk province"), are passed over.
func displayName(gazetteer string, written []formCount) string {
	best, bestN := "", 0
	for _, fc := range written {
		form, n := fc.form, fc.n
		if form == "" || strings.ToUpper(form[:1]) != form[:1] || strings.ContainsAny(form, "\n") {
			continue
		}
		lower := strings.ToLower(form)
		if strings.HasSuffix(lower, " province") || strings.HasSuffix(lower, " governorate") || strings.HasSuffix(lower, " district") || strings.HasSuffix(lower, " city") {
			continue
		}
		if n > bestN || n == bestN && (len(form) < len(best) || len(form) == len(best) && form < best) {
			best, bestN = form, n
		}
	}
	if best == "" {
		return gazetteer
	}
	return best
}

// formCount is how many briefings write a place in one form.
type formCount struct {
	form string
	n    int
}

func countForm(list []formCount, form string) []formCount {
	for i := range list {
		if list[i].form == form {
			list[i].n++
			return list
		}
	}
	return append(list, formCount{form, 1})
}
