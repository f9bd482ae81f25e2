package place

import "math"

// focusKm: a small place found by part of a longer name ("Bandera Street" → Bandera) is kept
// only when it lies within focusKm of a place the document names; otherwise the document's
// focus is the better guess (see ResolveName).
const focusKm = 200

// Focus weights: each mention of the place counts 1, each mention of another place in its
// country focusCountryW, each mention of a town or county within cohR km of it focusNearW more
// (a city whose neighbours the text names is the one it is about: "Goleta" and "Carpinteria"
// make it Santa Barbara's area, not Mesa, Arizona), and its population focusPopW × log10 (a
// tie-break: "Chicago" before "Southside").
const (
	focusCountryW = 0.5
	focusNearW    = 0.5
	focusPopW     = 0.1
)

// focus returns the place a document is most about: of its mentions' places with
// coordinates, the city that has the most mentions of itself, of other places in its country
// and of towns near it ("Dublin" named three times beside "Ireland" and a town nearby, before
// "London" named three times), else the second-level region, else the first-level region, else the
// country that has (the smallest kind named is the nearest guess). Streets, buildings, parks and
// neighbourhoods that the gazetteer lacks lie mostly in or near it.
func focus(context []Mention) (Place, bool) {
	type tally struct {
		n     int
		first int
	}
	counts := make(map[int64]*tally, len(context))
	byCountry := map[string]int{}
	for i := range context {
		p := &context[i].Place
		if p.Country != "" {
			byCountry[p.Country]++
		}
		if !p.HasCoords || p.Kind == "feature" {
			continue
		}
		t := counts[p.ID]
		if t == nil {
			t = &tally{first: i}
			counts[p.ID] = t
		}
		t.n++
	}
	best, bestRank, bestScore := -1, 0, 0.0
	for i := range context {
		p := &context[i].Place
		t := counts[p.ID]
		if t == nil || t.first != i {
			continue
		}
		rank := kindRank(p.Kind)
		s := float64(t.n) + focusCountryW*float64(byCountry[p.Country]-t.n) + focusPopW*math.Log10(float64(max(p.Population, 1)))
		for j := range context {
			q := &context[j].Place
			if q.ID != p.ID && q.HasCoords && q.Kind != "country" && q.Kind != "feature" && q.Kind != "region1" && math.Abs(q.Lat-p.Lat) < 1 && haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= cohR {
				s += focusNearW
			}
		}
		if best < 0 || rank > bestRank || rank == bestRank && s > bestScore {
			best, bestRank, bestScore = i, rank, s
		}
	}
	if best < 0 {
		return Place{}, false
	}
	return context[best].Place, true
}

// nearContext reports whether p lies within km of a place with coordinates that the document
// names (other than a country or feature).
func nearContext(p Place, context []Mention, km float64) bool {
	if !p.HasCoords {
		return false
	}
	for i := range context {
		q := &context[i].Place
		if !q.HasCoords || q.Kind == "country" || q.Kind == "feature" {
			continue
		}
		if math.Abs(q.Lat-p.Lat) < km/100 && haversine(p.Lat, p.Lon, q.Lat, q.Lon) <= km {
			return true
		}
	}
	return false
}

// landmarkPop: see landmark.
const landmarkPop = 100000

// landmark reports whether a place is one a longer name is likely named after wherever the
// document is: a country, a first-level region or a city of landmarkPop people or more
// ("Dubai World Trade Centre", "Colorado State University"), not a small town that merely
// shares a word with a street or a building ("Bandera Street").
func landmark(p Place) bool {
	return p.Kind == "country" || p.Kind == "region1" || p.Kind == "city" && p.Population >= landmarkPop
}

// kindRank orders kinds from the largest area to the smallest: the focus is the smallest.
func kindRank(kind string) int {
	switch kind {
	case "city", "custom":
		return 3
	case "region2":
		return 2
	case "region1":
		return 1
	}
	return 0
}
