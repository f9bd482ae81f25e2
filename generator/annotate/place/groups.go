package place

import (
	"slices"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

func (m *Matcher) newGroup(o int32, variant uint8, mem *groupMemory) group {
	g := group{out: o, variant: variant}
	g.cands, g.prior = mem.take(len(m.outs[o].cands))
	for _, c := range m.outs[o].cands {
		if m.fits(c, variant) {
			g.cands = append(g.cands, c)
		}
	}
	// A country's name is not a village's: "China" is never China, Texas (1,100 people); nor
	// is the own name of a first-level region of ten million people or more, a nation of a
	// state ("England" is not England, Arkansas); nor is an ocean's or a continent's a town's
	// ("Atlantic" is not Atlantic, Iowa); and a country's own name is no other name of a town
	// ("Egypt" is not Goodyear, Arizona, once called so).
	if len(g.cands) > 1 {
		minPop, countryMain, nation, cityName := 0, false, false, false
		for _, c := range g.cands {
			// a region named like a city of its own ("Moscow", "Cairo") shares that city's
			// name with towns: "Moscow, Idaho", "Cairo, Illinois"
			if e := m.ent(c.e); e.Kind == gazetteer.Place && e.Population >= cityNamePop && c.flags&fMain != 0 {
				cityName = true
			}
		}
		for _, c := range g.cands {
			switch e := m.ent(c.e); {
			case e.Kind == gazetteer.Country:
				g.countryName = true
				minPop = max(minPop, smallPop)
				countryMain = countryMain || c.flags&fMain != 0
			case e.Kind == gazetteer.Feature && e.Country == "" && c.flags&fAbbr == 0:
				minPop = max(minPop, widePop)
			case e.Kind == gazetteer.Region1 && (e.Population >= nationPop || homeNation(e)) && c.flags&(fAbbr|fMain) == fMain && !cityName:
				minPop, nation = max(minPop, nationNamesakePop), true
			}
		}
		if minPop > 0 {
			k := 0
			for _, c := range g.cands {
				e := m.ent(c.e)
				if nation && (e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Region2) && e.Population < nationNamesakePop && !m.custom[c.e] {
					continue // nor a small region's: "Florida" is no municipality of Puerto Rico
				}
				if e.Kind != gazetteer.Place || e.Population >= minPop && (!countryMain || c.flags&fMain != 0) || m.custom[c.e] || c.flags&fAlias != 0 {
					g.cands[k] = c
					k++
				}
			}
			g.cands = g.cands[:k]
		}
	}
	// A country's own name is not that of a first-level region of the country named like it
	// ("Taiwan" is not the data's province of Taiwan, "Panama" not Panama province), unless the
	// text says "province" or the like, nor its capital's ("Panama" is not Panama City, whose
	// name in the data is Panamá; "Djibouti" not the city of Djibouti), which the text names
	// with "City" or "city".
	if len(g.cands) > 1 && variant == vPlain {
		k := 0
		for _, c := range g.cands {
			if e := m.ent(c.e); (e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Place && e.FeatureCode == "PPLC") && c.flags&fMain != 0 && m.ownCountryNamed(g.cands, e.Country) {
				continue
			}
			g.cands[k] = c
			k++
		}
		g.cands = g.cands[:k]
	}
	// A water body's own name, ending in its generic word, is the water body, not a region
	// or town named after it ("Red Sea" is the sea, not Egypt's governorate, which the text
	// calls "Red Sea Governorate" or "Red Sea province").
	// (Every water body of the name stays: "the Colorado River" of Arizona or of Texas.)
	if len(g.cands) > 1 && variant == vPlain {
		k := 0
		for _, c := range g.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Feature && c.flags&fMain != 0 && waterName(e.Name) {
				g.cands[k] = c
				k++
			}
		}
		if k > 0 {
			g.cands = g.cands[:k]
		}
	}
	if len(g.cands) == 0 { // an abbreviation that is also a name, not after a place
		g.cands = append(g.cands, m.outs[o].cands...)
	}
	g.prior = g.prior[:len(g.cands)]
	best, bestAlias := -1, false
	firstCountry, countries := "", 0 // countries: 1, or 2 for two or more
	if variant != vPlain {
		bestAlias = true // qualified: "X province" is a place whatever X's homonyms
	}
	for k, c := range g.cands {
		g.prior[k] = m.prior(c)
		if e := m.ent(c.e); e.Population >= worldCityPop && e.FeatureCode == "PPLC" {
			g.worldCity = true
		}
		if e := m.ent(c.e); e.Population >= worldCityPop/2 && e.FeatureCode == "PPLA" && c.flags&fMain != 0 {
			g.bigSeat = true
		}
		if e := m.ent(c.e); e.Kind == gazetteer.Place && e.Population >= landmarkPop && c.flags&fMain != 0 {
			g.bigMain = true
			g.bigMainPop = max(g.bigMainPop, e.Population)
		}
		if e := m.ent(c.e); e.Kind == gazetteer.Place && c.flags&fMain != 0 {
			g.mainPop = max(g.mainPop, e.Population)
		}
		if e := m.ent(c.e); e.Kind == gazetteer.Place && e.Population > g.bigPop {
			g.bigPop, g.bigCountry = e.Population, e.Country
		}
		if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Population > g.bigRegionPop {
			g.bigRegionPop, g.bigRegionCountry = e.Population, e.Country
		}
		if e := m.ent(c.e); bigSeatCity(e) {
			g.seatCity = true
		}
		if cc := m.ent(c.e).Country; k == 0 {
			firstCountry, countries = cc, 1
		} else if cc != firstCountry {
			countries = 2
		}
		if best < 0 || g.prior[k] > g.prior[best] {
			best = k
		}
		bestAlias = bestAlias || c.flags&fAlias != 0
	}
	// A first-level region whose seat has the same name yields to the seat ("Raqqa" is the
	// city; "Raqqa province" the region), unless the seat holds only a small part of the
	// region's people ("Quebec" is the province). So does a second-level region placed at its
	// seat ("Saada" is the city, not the district around it).
	for k, c := range g.cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Region1 && e.Kind != gazetteer.Region2 {
			continue
		}
		for _, d := range g.cands {
			if yieldsToSeat(e, m.ent(d.e)) {
				g.prior[k] -= 3
				break
			}
		}
	}
	// Names shared by places in several countries, none of them big, need context, unless
	// the likeliest is a national capital ("Sao Tome", not São Tomé, Brazil).
	if !bestAlias && countries >= 2 && variant == vPlain {
		e := m.ent(g.cands[best].e)
		if (e.Kind == gazetteer.Place || e.Kind == gazetteer.Region2) && e.Population < 100000 && e.FeatureCode != "PPLC" {
			g.weak = true
		}
	}
	g.chosen = best
	return g
}

// ownCountryNamed reports whether cands hold country cc by its own name.
func (m *Matcher) ownCountryNamed(cands []cand, cc string) bool {
	for _, c := range cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Country && e.Country == cc && c.flags&fMain != 0 {
			return true
		}
	}
	return false
}

// groupMemory hands out the candidate and prior slices of new groups from shared buffers,
// which a resolve call keeps for the next (see resolveState). A nil groupMemory makes each
// slice anew.
type groupMemory struct {
	cands []cand
	prior []float64
}

// groupMemoryMin is the least number of candidates a groupMemory buffer is made for.
const groupMemoryMin = 256

// take returns an empty candidate slice and a prior slice of n zeros, both of capacity n: an
// append beyond it moves the slice rather than write into the next group's.
func (mem *groupMemory) take(n int) ([]cand, []float64) {
	if mem == nil {
		return make([]cand, 0, n), make([]float64, 0, n)
	}
	if len(mem.cands)+n > cap(mem.cands) {
		// the groups that have the old buffers keep them
		mem.cands = make([]cand, 0, max(n, 2*cap(mem.cands), groupMemoryMin))
		mem.prior = make([]float64, 0, cap(mem.cands))
	}
	k := len(mem.cands)
	mem.cands = mem.cands[:k+n]
	mem.prior = mem.prior[:k+n]
	prior := mem.prior[k : k : k+n]
	clear(prior[:n])
	return mem.cands[k : k : k+n], prior
}

// reset makes the buffers free for new groups. The groups made before must no longer be used.
func (mem *groupMemory) reset() {
	mem.cands, mem.prior = mem.cands[:0], mem.prior[:0]
}

// nationPop: the own name of a first-level region of nationPop people or more is no village's
// (see newGroup).
const nationPop = 10000000

// waterName reports whether a feature's name ends in the generic word of a body of water
// ("Red Sea", "Atlantic Ocean", "Persian Gulf"; see newGroup).
func waterName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	switch name[i+1:] {
	case "Sea", "Ocean", "Gulf", "Bay", "Strait", "River":
		return true
	}
	return false
}

// yieldsToSeat reports whether region r yields to place p, its seat of the same name (see
// newGroup): r has fewer than seatShare times p's people; never a state of the United States,
// whose capital carries "City" in its own name.
func yieldsToSeat(r, p *gazetteer.Entry) bool {
	if r.Kind == gazetteer.Region1 && r.Country == "US" {
		return false // a state's bare name is the state: "Oklahoma" is no Oklahoma City
	}
	return p.Kind == gazetteer.Place && seatOf(p, r) && r.Population < seatShare*p.Population
}

// seatOf reports whether place p is the seat of region r: for a first-level region a
// first-level seat or capital inside it, for a second-level one a seat of any level inside it
// at the region's own point (GeoNames gives second-level regions no point; the gazetteer
// places them at their seat), or any town of the region's first-level region when the data
// gives the second-level one no point (it has its province's, RegionPoint).
func seatOf(p, r *gazetteer.Entry) bool {
	if p.Admin1Code != r.Admin1Code {
		return false
	}
	if r.Kind == gazetteer.Region1 {
		return p.FeatureCode == "PPLA" || p.FeatureCode == "PPLC"
	}
	if r.RegionPoint {
		return true // a district the data gives no point, and a town of its name in its province
	}
	return strings.HasPrefix(p.FeatureCode, "PPLA") && r.HasCoords && p.Lat == r.Lat && p.Lon == r.Lon
}

// homeNation reports whether e is one of the United Kingdom's four nations (England, Scotland,
// Wales, Northern Ireland: its first-level regions in GeoNames), named as nations are, whatever
// their population: their small namesakes go as a big region's do ("exercises off Scotland"
// in a briefing on the United States are no Scotland, Pennsylvania).
func homeNation(e *gazetteer.Entry) bool {
	return e.Kind == gazetteer.Region1 && e.Country == "GB"
}

// restoreContained gives back to g a small place that newGroup left out because g's name is a
// country's or a nation's, when the text writes it as "X, Y" and Y, the group y, is a country
// or first-level region that holds it: "Mexico, Missouri" is the town, though "Mexico" alone
// is no town of 11,000 people (the score's "X, Y" bonus then decides).
func (m *Matcher) restoreContained(g, y *group) {
	if len(g.cands) == cap(g.cands) {
		return // nothing was left out
	}
	for _, c := range m.outs[g.out].cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Place || !m.fits(c, g.variant) || slices.ContainsFunc(g.cands, func(x cand) bool { return x.e == c.e }) {
			continue
		}
		if !slices.ContainsFunc(y.cands, func(r cand) bool {
			f := m.ent(r.e)
			return (f.Kind == gazetteer.Country || f.Kind == gazetteer.Region1) && contains(f, e)
		}) {
			continue
		}
		if len(g.cands) == cap(g.cands) {
			return
		}
		g.cands = append(g.cands, c)
		g.prior = append(g.prior, m.prior(c))
	}
}

// elsewhere reports whether "X, Y" places X, the group g, in Y, a country or region, that holds
// none of X's candidates, none of them of Y's own kind (which would make "X, Y" a list): the text names a place the gazetteer lacks ("Henderson, Australia" is no Henderson,
// Nevada; "San Vicente, Palawan" no San Vicente, Pampanga).
func (m *Matcher) elsewhere(g, y *group) bool {
	if len(y.cands) == 0 || len(g.cands) == 0 {
		return false
	}
	// Y's regions: a second-level region only when Y names no town too ("Eastern Creek ...
	// in Sydney" is in the city, not outside its small council area)
	town := slices.ContainsFunc(y.cands, func(r cand) bool { return m.ent(r.e).Kind == gazetteer.Place })
	holder := func(f *gazetteer.Entry) bool {
		return f.Kind == gazetteer.Country || f.Kind == gazetteer.Region1 || f.Kind == gazetteer.Region2 && !town
	}
	if !slices.ContainsFunc(y.cands, func(r cand) bool { return holder(m.ent(r.e)) }) {
		return false
	}
	for _, c := range g.cands {
		e := m.ent(c.e)
		if e.Kind == gazetteer.Feature || m.custom[c.e] {
			return false
		}
		for _, r := range y.cands {
			f := m.ent(r.e)
			if !holder(f) {
				continue // "Ontario" is also a city of California: only its regions hold places
			}
			if contains(f, e) || f.Kind == e.Kind && (e.Kind == gazetteer.Country || f.Country == e.Country) {
				return false // X in Y, or a list of two of a kind ("Ontario, Quebec")
			}
		}
	}
	return true
}

// nearKm: see farFrom.
const nearKm = 300

// farFrom reports whether every place of g, all of them towns, lies more than nearKm from
// every place of y, y being towns or sites only (not a country or a region, which the text may call near a place
// far inside it) and all of them with points: "Hidden Valley near Fort Irwin", "Siberia near
// Fort Irwin" name local features the gazetteer lacks.
func (m *Matcher) farFrom(g, y *group) bool {
	if len(y.cands) == 0 || len(g.cands) == 0 {
		return false
	}
	for _, r := range y.cands {
		f := m.ent(r.e)
		if !f.HasCoords || f.Kind != gazetteer.Place && f.Kind != gazetteer.Feature || m.custom[r.e] {
			return false
		}
	}
	for _, c := range g.cands {
		e := m.ent(c.e)
		if !e.HasCoords || m.custom[c.e] || e.Kind != gazetteer.Place {
			return false // (a sea, a region or a site is as large as it may be: "the Gulf of Mexico near Beaumont")
		}
		for _, r := range y.cands {
			f := m.ent(r.e)
			if haversine(e.Lat, e.Lon, f.Lat, f.Lon) <= nearKm {
				return false
			}
		}
	}
	return true
}
