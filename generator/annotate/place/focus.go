package place

import "math"

// focusKm: a place found by part of a longer name ("Elm Street" → Elm) is kept only when it
// lies within focusKm of a place the document names; otherwise the document's focus is the
// better guess (see ResolveName).
const focusKm = 200

// focus returns the place a document is most about: of its mentions' places with
// coordinates, the city named most often, or, when it names no city, the region or country
// named most often (a smaller kind first, then the first named). Streets, buildings, parks and
// neighbourhoods that the gazetteer lacks lie mostly in or near it.
func focus(context []Mention) (Place, bool) {
	type tally struct {
		n, first int
	}
	counts := make(map[int64]*tally, len(context))
	best, bestKey := -1, [3]int{}
	for i := range context {
		p := &context[i].Place
		if !p.HasCoords || p.Kind == "feature" {
			continue
		}
		t := counts[p.ID]
		if t == nil {
			t = &tally{first: i}
			counts[p.ID] = t
		}
		t.n++
		key := [3]int{0, t.n, kindRank(p.Kind)}
		if p.Kind == "city" || p.Kind == "custom" {
			key[0] = 1
		}
		if best < 0 || key[0] > bestKey[0] || key[0] == bestKey[0] && (key[1] > bestKey[1] ||
			key[1] == bestKey[1] && (key[2] > bestKey[2] || key[2] == bestKey[2] && t.first < counts[context[best].Place.ID].first)) {
			best, bestKey = t.first, key
		}
	}
	if best < 0 {
		return Place{}, false
	}
	return context[best].Place, true
}

// kindRank orders kinds from the largest area to the smallest.
func kindRank(kind string) int {
	switch kind {
	case "region1":
		return 1
	case "region2":
		return 2
	case "city", "custom":
		return 3
	}
	return 0
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
