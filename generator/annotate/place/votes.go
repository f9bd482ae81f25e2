package place

import (
	"math"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// nearness scores how close a point is to the nearest other place of the document: 2 within
// 50 km, 1.5 within 200 km, 0.5 within 500 km. Distances use the equirectangular
// approximation, which is within a fraction of a per cent of the great-circle distance at
// these ranges.
func nearness(lat, lon float64, self int32, v *votes) float64 {
	return nearnessOf(lat, lon, self, v, false)
}

// nearnessOf is nearness, leaving out national capitals' points when noCapitals is set: a text
// that names the seat of a government ("officials in Washington") says who speaks, and gives no
// local support to a town near it ("the delegation traveled to Lima" is not Lima, Pennsylvania).
func nearnessOf(lat, lon float64, self int32, v *votes, noCapitals bool) float64 {
	const degKm = 111.195         // km per degree of a great circle (R = 6371 km)
	coslat, haveCos := 0.0, false // made when a point first lies within 500 km by latitude
	// the nearest point is found by the square of its distance in degrees, then measured: the
	// square root and the scale keep the order of distances
	bestSq := math.Inf(1)
	for _, p := range v.points {
		if p.group == v.skip || p.out == v.skipOut || self >= 0 && p.e == self || noCapitals && p.capital {
			continue
		}
		dlat := p.lat - lat
		if dlat > 4.6 || dlat < -4.6 { // more than 500 km apart
			continue
		}
		dlon := p.lon - lon
		if dlon > 180 {
			dlon -= 360
		} else if dlon < -180 {
			dlon += 360
		}
		if !haveCos {
			coslat, haveCos = math.Cos(lat*math.Pi/180), true
		}
		x := dlon * coslat
		if sq := x*x + dlat*dlat; sq < bestSq {
			bestSq = sq
		}
	}
	best := degKm * math.Sqrt(bestSq)
	switch {
	case best < 50:
		return 2
	case best < 200:
		return 1.5
	case best < 500:
		return 0.5
	}
	return 0
}

// contains reports whether region or country a contains b.
func contains(a, b *gazetteer.Entry) bool {
	switch a.Kind {
	case gazetteer.Country:
		return b.Kind != gazetteer.Country && a.Country == b.Country
	case gazetteer.Region1:
		return b.Kind != gazetteer.Country && b.Kind != gazetteer.Region1 && b.Admin1Code == a.Admin1Code
	case gazetteer.Region2:
		return b.Kind == gazetteer.Place && a.Admin2Code != "" && b.Admin2Code == a.Admin2Code
	case gazetteer.Place:
		// a site in a city: "the Punchbowl in Honolulu" is the cemetery there
		return b.Kind == gazetteer.Feature && a.HasCoords && b.HasCoords && math.Abs(a.Lat-b.Lat) < 0.5 &&
			haversine(a.Lat, a.Lon, b.Lat, b.Lon) < cityFeatureKm
	}
	return false
}

// cityFeatureKm: see contains.
const cityFeatureKm = 30

// vote adds (d = 1) or removes (d = -1) group k's current choice to or from v.
func (m *Matcher) vote(v *votes, g *group, d float64) {
	d *= g.voteW
	e := m.ent(g.cands[g.chosen].e)
	v.n = v.sum(v.n, d)
	c := m.codes[g.cands[g.chosen].e]
	v.add(v.country, c.country, d)
	if e.Kind == gazetteer.Country && g.actor {
		v.add(v.actor, c.country, d)
	} else if e.Kind == gazetteer.Country {
		v.add(v.named, c.country, d)
		v.nNamed = v.sum(v.nNamed, d)
	}
	if c.a1 != 0 {
		v.add(v.admin1, c.a1, d)
	}
	if c.a2 != 0 {
		v.add(v.admin2, c.a2, d)
	}
}

// sum returns x + d, clearing v.exact when the sum is rounded.
func (v *votes) sum(x, d float64) float64 {
	y := x + d
	// the error of the sum, which Knuth's TwoSum finds exactly
	dd := y - x
	v.exact = v.exact && (x-(y-dd))+(d-dd) == 0
	return y
}

// add adds d to t[k] (see sum).
func (v *votes) add(t map[int32]float64, k int32, d float64) {
	t[k] = v.sum(t[k], d)
}

// newVotes returns empty votes: made anew, or given back by releaseVotes.
func (m *Matcher) newVotes() *votes {
	if v, ok := m.votes.Get().(*votes); ok {
		return v
	}
	return &votes{country: map[int32]float64{}, named: map[int32]float64{}, actor: map[int32]float64{},
		admin1: map[int32]float64{}, admin2: map[int32]float64{}, skip: -1, skipOut: -1, firstGroup: map[int32]int{}}
}

// releaseVotes empties v, keeping its maps and points, for a later newVotes (m.votes). v must
// not be used afterwards.
func (m *Matcher) releaseVotes(v *votes) {
	*v = votes{country: emptied(v.country), named: emptied(v.named), actor: emptied(v.actor),
		admin1: emptied(v.admin1), admin2: emptied(v.admin2), points: v.points[:0], skip: -1, skipOut: -1,
		firstGroup: emptied(v.firstGroup), coherenceMemory: v.coherenceMemory}
	m.votes.Put(v)
}

// namesEntry reports whether a shown name of the document may be entry e.
func namesEntry(groups []group, e int32) bool {
	for k := range groups {
		if groups[k].hidden {
			continue
		}
		for _, c := range groups[k].cands {
			if c.e == e {
				return true
			}
		}
	}
	return false
}

// usLocalBonus is added to a place of the United States when the text reads as American
// local news (see usRegister) and the United States has usLocalShare or more of the votes of
// the document's other names (a given name read as a village elsewhere may vote too): it outweighs
// the prior of a world city of the same name ("Dublin elementary schools"), not a country's
// name ("Jordan middle school" stays Jordan, the country, as a text that sends a local
// soldier to Jordan means it).
const (
	usLocalBonus = 6.0
	usLocalShare = 2.0 / 3
)

// setTop marks v.top as unknown after the votes changed: topVotes counts it when first asked,
// as few candidates need it.
func (v *votes) setTop() {
	v.topKnown = false
}

// topVotes returns the most votes of one country.
func (v *votes) topVotes() float64 {
	if !v.topKnown {
		v.top = 0
		for _, n := range v.country {
			v.top = max(v.top, n)
		}
		v.topKnown = true
	}
	return v.top
}

// pointFeatures are the curated features that lie at a point, as a town does (bases, a
// village, a plant), so that nearness counts them: "near Arad ... Nevatim Airbase" is Arad,
// Israel. Rivers, seas and regions have only a representative point.
var pointFeatures = map[string]bool{"AIRB": true, "MILB": true, "PPL": true, "PWRN": true, "INDS": true}

// points sets v.points to the points of the groups' current choices; features only when they
// lie at a point (pointFeatures).
func (m *Matcher) points(v *votes, groups []group) {
	v.points = v.points[:0]
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		e := m.ent(g.cands[g.chosen].e)
		if e.HasCoords && e.Kind != gazetteer.Country && (e.Kind != gazetteer.Feature || pointFeatures[e.FeatureCode]) && len(v.points) < maxPoints {
			v.points = append(v.points, vpoint{e.Lat, e.Lon, k, g.out, g.cands[g.chosen].e, e.FeatureCode == "PPLC"})
		}
	}
}
