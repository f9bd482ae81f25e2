package place

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// Choosing among the candidates of each name: priors (newGroup), coherence with the
// document's other names, scores and votes (disambiguate).

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
			case e.Kind == gazetteer.Region1 && e.Population >= nationPop && c.flags&(fAbbr|fMain) == fMain && !cityName:
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
	// A water body's own name, ending in its generic word, is the water body, not a region
	// or town named after it ("Red Sea" is the sea, not Egypt's governorate, which the text
	// calls "Red Sea Governorate" or "Red Sea province").
	if len(g.cands) > 1 && variant == vPlain {
		for _, c := range g.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Feature && c.flags&fMain != 0 && waterName(e.Name) {
				g.cands = append(g.cands[:0], c)
				break
			}
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
// newGroup): r has fewer than seatShare times p's people.
func yieldsToSeat(r, p *gazetteer.Entry) bool {
	return p.Kind == gazetteer.Place && seatOf(p, r) && r.Population < seatShare*p.Population
}

// seatOf reports whether place p is the seat of region r: for a first-level region a
// first-level seat or capital inside it, for a second-level one a seat of any level inside it
// at the region's own point (GeoNames gives second-level regions no point; the gazetteer
// places them at their seat).
func seatOf(p, r *gazetteer.Entry) bool {
	if p.Admin1Code != r.Admin1Code {
		return false
	}
	if r.Kind == gazetteer.Region1 {
		return p.FeatureCode == "PPLA" || p.FeatureCode == "PPLC"
	}
	return strings.HasPrefix(p.FeatureCode, "PPLA") && r.HasCoords && p.Lat == r.Lat && p.Lon == r.Lon
}

// coherenceMemory is the working memory of coherence, kept with the votes (see newVotes).
type coherenceMemory struct {
	pts         []cpt
	best, bonus []float64
}

// cpt is a candidate's point for coherence.
type cpt struct {
	lat, lon float64
	group    int32
	e        int32
	w        float64 // the candidate's share of its name (softmax of the priors)
	// namesake: a national capital, or a lesser namesake of a capital abroad (seatNamesake),
	// which gives a capital's namesake no bonus
	namesake bool
}

// zeroed returns (*buf)[:n] all zeros, growing *buf when it is shorter.
func zeroed(buf *[]float64, n int) []float64 {
	if cap(*buf) < n {
		*buf = make([]float64, n)
	}
	*buf = (*buf)[:n]
	clear(*buf)
	return *buf
}

// seatShare: a first-level region yields to its seat of the same name when it has fewer than
// seatShare times the seat's people.
const seatShare = 5

// Coherence (see coherence): weight, radius in km, cap, and the inverse temperature of the
// softmax that turns a name's priors into its candidates' shares.
const cohW, cohR, cohCap, cohT = 3.0, 50.0, 3.0, 1.0

// A candidate of another name within cohClose km counts with a share of at least
// cohCloseShare: two namesakes seldom lie that close by chance, so the pair is evidence even when
// the other name is weak ("Edmonton" beside "Enfield", found only as another name of Enfield Town).
const cohClose, cohCloseShare = 10.0, 0.5

// coherence adds to each candidate's prior a bonus for the other names of the document that
// have some candidate near it: places named together tend to lie together, so "London" and
// "St. Thomas" in one text are the pair in Ontario, and "Walker County" and "Huntsville" the
// pair in Texas. Each other name counts once, with the largest share (a softmax of its
// candidates' priors) of its candidates within cohR km, so a name whose candidates are many
// and alike is weak evidence for any one point; the bonus is cohW times the sum, at most
// cohCap. A name that will need a confident place nearby to be kept (needNear or lone: a
// surname that is only a village's name) gives no bonus: else it props up a namesake by it
// that then keeps it ("Kinsey" would make "Henry County" the one in Alabama beside Indiana).
// Priors change only after every bonus is known, so the order of names does not matter.
// mem holds the working memory, which coherence leaves in it for the next call.
func (m *Matcher) coherence(groups []group, mem *coherenceMemory) {
	total, multi := 0, 0
	for k := range groups {
		if !groups[k].drop {
			total += len(groups[k].cands)
			if len(groups[k].cands) > 1 {
				multi++
			}
		}
	}
	if multi == 0 || len(groups) < 2 {
		return
	}
	pts := mem.pts[:0]
	defer func() { mem.pts = pts[:0] }()
	for k := range groups {
		g := &groups[k]
		if g.drop || g.needNear || g.lone {
			continue // a name that needs a confident place nearby cannot be one
		}
		top := math.Inf(-1)
		for _, p := range g.prior {
			top = max(top, p)
		}
		sum := 0.0
		for _, p := range g.prior {
			sum += math.Exp(cohT * (p - top))
		}
		for ci, c := range g.cands {
			if e := m.ent(c.e); e.HasCoords && e.Kind != gazetteer.Country && e.Kind != gazetteer.Feature && !m.smallAlternate(c) {
				pts = append(pts, cpt{e.Lat, e.Lon, int32(k), c.e, math.Exp(cohT*(g.prior[ci]-top)) / sum,
					e.FeatureCode == "PPLC" || e.Kind == gazetteer.Place && m.seatNamesake(e, g)})
			}
		}
	}
	// Few points are scanned whole; many are sorted by latitude and searched.
	sorted := len(pts) > 64
	if sorted {
		slices.SortFunc(pts, func(a, b cpt) int {
			if a.lat < b.lat {
				return -1
			}
			if a.lat > b.lat {
				return 1
			}
			return 0
		})
	}
	const degKm = 111.195
	dlat := cohR / degKm
	best := zeroed(&mem.best, len(groups)) // the nearest candidates' largest share, by group
	bonus := zeroed(&mem.bonus, total)     // by group, then candidate (off)
	var near []int32
	// take counts another name's candidate share; sumNear sums the counted names' largest
	// shares into the bonus and resets them.
	take := func(h int32, w float64) {
		if best[h] == 0 {
			near = append(near, h)
		}
		best[h] = w
	}
	sumNear := func() float64 {
		sum := 0.0
		for _, h := range near {
			sum += best[h]
			best[h] = 0
		}
		return min(cohCap, cohW*sum)
	}
	off := 0
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		for ci, c := range g.cands {
			e := m.ent(c.e)
			if len(g.cands) < 2 || e.Kind == gazetteer.Feature || m.smallAlternate(c) {
				continue // a small town's other name pairs with a neighbour by chance
			}
			near = near[:0]
			if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 {
				// a country or region: the other names with candidates inside it
				for _, p := range pts {
					if groups[p.group].out != g.out && p.w > best[p.group] && contains(e, m.ent(p.e)) {
						take(p.group, p.w)
					}
				}
				bonus[off+ci] = sumNear()
				continue
			}
			if !e.HasCoords {
				continue
			}
			coslat := math.Cos(e.Lat * math.Pi / 180)
			// a namesake of a capital abroad pairs neither with a national capital, which says
			// who speaks, nor with another such namesake, as towns named after capitals lie
			// together by chance ("Washington, Paris and Vienna" are no towns of Virginia)
			seatNS := e.Kind == gazetteer.Place && m.seatNamesake(e, g)
			lo := 0
			if sorted {
				lo = sort.Search(len(pts), func(i int) bool { return pts[i].lat >= e.Lat-dlat })
			}
			for _, p := range pts[lo:] {
				if p.lat > e.Lat+dlat {
					if sorted {
						break
					}
					continue
				}
				if p.lat < e.Lat-dlat {
					continue
				}
				if groups[p.group].out == g.out || p.w <= best[p.group] || seatNS && p.namesake {
					continue
				}
				x := (p.lon - e.Lon) * coslat
				y := p.lat - e.Lat
				if d := degKm * math.Sqrt(x*x+y*y); d <= cohR {
					w := p.w
					if d <= cohClose {
						w = max(w, cohCloseShare)
					}
					if w > best[p.group] {
						take(p.group, w)
					}
				}
			}
			bonus[off+ci] = sumNear()
		}
		off += len(g.cands)
	}
	off = 0
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		// A region's bonus counts the names inside it, a town's only those within cohR km; a
		// seat the region yields to takes the region's bonus when that is higher, since the
		// names inside the region are as much evidence for the city that names it: in
		// "Zaporizhzhia and Enerhodar were shelled", "Kherson and Nova Kakhovka" and "Mykolaiv
		// and Ochakiv", the town lies 53 to 57 km from the city.
		for ri, r := range g.cands {
			if re := m.ent(r.e); re.Kind == gazetteer.Region1 {
				for si, sc := range g.cands {
					if yieldsToSeat(re, m.ent(sc.e)) {
						bonus[off+si] = max(bonus[off+si], bonus[off+ri])
					}
				}
			}
		}
		for ci := range g.cands {
			g.prior[ci] += bonus[off+ci]
		}
		off += len(g.cands)
	}
}

// smallAlternate reports whether c is a town of fewer than 100,000 people found by one of its
// other names (not its own, a curated or a site's one): see coherence.
func (m *Matcher) smallAlternate(c cand) bool {
	e := m.ent(c.e)
	return e.Kind == gazetteer.Place && c.flags&(fMain|fAlias|fCurated) == 0 && !m.custom[c.e] && e.Population < 100000
}

// lesserAlternate reports whether c, found by one of its other names (not its own, a curated
// or a site's one), has a fifth or less of the people of a city of landmarkPop or more found
// by its own name ("Milan", once a name of Syracuse, New York, beside Milan; "Odesa" for
// Odessa, Texas, beside Odesa).
func (m *Matcher) lesserAlternate(c cand, g *group) bool {
	e := m.ent(c.e)
	return e.Kind == gazetteer.Place && c.flags&(fMain|fAlias|fCurated) == 0 && !m.custom[c.e] && e.Population*lesserAlternateRatio <= g.bigMainPop
}

// outnamedAlternate reports whether c is a town of fewer than 100,000 people found by one of
// its other names (smallAlternate) beside a town at least as big that bears the name as its
// own: the country of the text or its theatre does not choose it by itself ("Rota" beside
// Ramstein is Rota, Spain, the naval station, not Roth, Bavaria, which some languages call
// Rota); a place near it still does.
func (m *Matcher) outnamedAlternate(c cand, g *group) bool {
	return m.smallAlternate(c) && g.mainPop >= m.ent(c.e).Population
}

// lesserAlternateRatio: see lesserAlternate.
const lesserAlternateRatio = 5

// smallNamesake reports whether c is a town with a fifteenth or less of the people of a city
// of bigNamesakePop or more of the same name in another country, by any of its names
// ("Rotterdam", New York, beside Rotterdam in the Netherlands; "Frankfort", Kentucky, beside
// Frankfurt am Main).
func (m *Matcher) smallNamesake(c cand, g *group) bool {
	e := m.ent(c.e)
	return g.bigPop >= bigNamesakePop && e.Country != g.bigCountry && e.Kind == gazetteer.Place && !m.custom[c.e] && c.flags&fCurated == 0 && e.Population*smallNamesakeRatio <= g.bigPop
}

// bigNamesake reports whether e is the city that makes the group's other candidates small
// namesakes (see smallNamesake): the most populous town of the name, of bigNamesakePop or
// more. It takes no penalty for lying in a country the text names nothing else in: "Rotterdam"
// in a briefing on Iraq that names the U.S. is the Dutch port, not Rotterdam, New York.
func (m *Matcher) bigNamesake(e *gazetteer.Entry, g *group) bool {
	return g != nil && e.Kind == gazetteer.Place && e.Population >= bigNamesakePop && e.Population == g.bigPop && e.Country == g.bigCountry
}

// homeNamesake reports whether e is a town with a twentieth or less of the people of a city of
// homeNamesakePop or more of the same name in its own country ("Portland", Texas, beside
// Portland, Oregon): other places of its state alone do not make it the one meant, only a
// place near it does.
func (m *Matcher) homeNamesake(e *gazetteer.Entry, g *group) bool {
	return g.bigPop >= homeNamesakePop && e.Country == g.bigCountry && e.Kind == gazetteer.Place && e.Population*homeNamesakeRatio <= g.bigPop
}

// homeNamesakePop and homeNamesakeRatio: see homeNamesake.
const (
	homeNamesakePop   = 500000
	homeNamesakeRatio = 20
)

// smallNamesakeRatio and bigNamesakePop: see smallNamesake.
const (
	smallNamesakeRatio = 15
	bigNamesakePop     = 300000
)

// votes is the document's evidence: the current choices of its groups (see disambiguate).
type votes struct {
	country map[int32]float64 // by country number (see Matcher.codes)
	named   map[int32]float64 // countries the document names itself ("France")
	actor   map[int32]float64 // the votes of country names that say who acts (see group.actor)
	nNamed  float64           // sum of named
	admin1  map[int32]float64
	admin2  map[int32]float64
	n       float64
	top     float64 // the most votes of one country, when topKnown (see topVotes)
	// topKnown: top is counted for the current votes; setTop clears it after a change
	topKnown bool
	points   []vpoint // at most maxPoints, in group order
	usLocal  int32    // the country number of the United States when the text reads as its local news (see usRegister), else -1
	skip     int      // the group being scored, whose own vote does not count (-1: none)
	skipOut  int32    // its name: other variants of it ("Anderson County district") do not count either
	// exact: no sum of votes since it was set was rounded (see sum)
	exact bool
	// firstGroup is working memory of disambiguate: the first group of each name, by output
	firstGroup map[int32]int
	coherenceMemory
}

type vpoint struct {
	lat, lon float64
	group    int
	out      int32
	e        int32 // the entry (-1: unknown; see selfPoint)
	capital  bool  // a national capital's point: no local support for a namesake (see local)
}

const maxPoints = 100

// A candidate in a country no other place of the document names loses domPenalty when one
// country has at least domShare of the document's domMin or more votes: in local news of one
// country, "Paris" and "Palestine" are the local homonyms unless the text names France or the
// Palestinian territories too.
const (
	domShare   = 0.5
	domMin     = 3.0
	domPenalty = 4.0
)

// weakVoteW is the weight of the vote of a weak name (one that needs support, see
// disambiguate): until the support check keeps it, a given name or a common word that may be
// no place at all ("Mason, Devon and the driver") counts half as much as a confident name.
const weakVoteW = 0.5

// voteWeight is the weight of a group's vote: weakVoteW for a weak name; 1 + log2(times
// written) for a name that may be a first-level region, which a text names again and again
// when it is about it ("Ontario" eight times beside "Woodstock" and "Oxford": the towns in
// Ontario, not the pair in England); else 1.
func (m *Matcher) voteWeight(g *group) float64 {
	if g.weak {
		return weakVoteW
	}
	if g.mentions > 1 {
		for _, c := range g.cands {
			if m.ent(c.e).Kind == gazetteer.Region1 {
				return 1 + math.Log2(float64(g.mentions))
			}
		}
	}
	return 1
}

// foreignPop: see the support rules in disambiguate.
const foreignPop = 30000

// namedBonus is added to a candidate in a country the document names itself ("France"):
// "Paris" in a text that names France is Paris, France, even among American places. admin2W
// weighs the share of the document's places in the candidate's second-level region (a county
// named with its seat: "Walker County ... Huntsville").
const (
	namedBonus = 3.0
	admin2W    = 3.0
)

// keepSpelled drops the candidates of g that do not spell surface, a name written with letters
// beyond ASCII that at least one of them spells: the writer chose those letters ("Ørland" is
// the Norwegian municipality, not Orland, California, whatever else the text names).
func (m *Matcher) keepSpelled(g *group, surface string) {
	k := 0
	for i, c := range g.cands {
		if m.spelledExactly(surface, []cand{c}) {
			g.cands[k], g.prior[k] = c, g.prior[i]
			k++
		}
	}
	if k > 0 && k < len(g.cands) {
		g.cands, g.prior = g.cands[:k], g.prior[:k]
		g.spelledApart = true
	}
}

// accented reports whether s holds a letter beyond ASCII ("Ørland", "Bogotá").
func accented(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// datelineBonus is added to a city candidate of a name written as a dateline.
const datelineBonus = 3.0

// score adds the document's evidence to a candidate's prior.
func (m *Matcher) score(c cand, prior float64, ctx map[string]bool, v *votes, self *group, groups []group) float64 {
	e := m.ent(c.e)
	s := prior
	seatNS := self != nil && e.Kind == gazetteer.Place && m.seatNamesake(e, self)
	// A town named like a country takes the context country's bonus only with local support:
	// "a brigade to Poland" in a briefing on the United States is no Poland, Maine.
	// So does a town named like a capital or a big region's seat abroad (seatNamesake), and its
	// support must be its region named or a place within 50 km, not a town farther off nor the
	// coherence of other such towns ("talks in Brussels" in a briefing on the United States are
	// not in Brussels, Wisconsin, nor "Paris, Lima, Cairo, Athens, London" in five towns of
	// Ohio, nor "Warsaw" beside Fort Liberty, 100 km away, in North Carolina; "Cairo, Illinois"
	// is the town).
	if len(ctx) > 0 && e.Country != "" && ctx[e.Country] && !(self != nil && m.outnamedAlternate(c, self)) &&
		!(self != nil && self.countryName && e.Kind == gazetteer.Place && (v == nil || v.n == 0 || !m.local(c, prior, v, self))) &&
		!(seatNS && (v == nil || v.n == 0 || !m.closeSupport(c, v, self, groups))) {
		s += 6
	}
	if v != nil && v.n > 0 {
		code := m.codes[c.e]
		cv := v.country[code.country]
		if a := v.actor[code.country]; a > 0 && cv-a < 1e-9 {
			cv = 0 // only names that say who acts vote for the country (see actor)
		}
		share := cv / v.n
		// A small namesake of a world city, or a town of fewer than foreignPop people named
		// like a big region's seat, needs more than its country's share of the document: a
		// place of its region or near it, or a neighbour's coherence ("London" in a text about
		// Washington is not London, Ohio; "Stuttgart" in one naming the U.S. is not Stuttgart,
		// Arkansas).
		// So does a town found by another name beside a city five times its size found by its
		// own ("Milan" is not Syracuse, New York, once called Milan), and a town beside a city
		// fifteen times its size in another country, if it has fewer than landmarkPop people or
		// the text does not name its country ("Rotterdam" in a text about Washington is not
		// Rotterdam, New York; London, Ontario, in a text that names Canada keeps its share).
		namesake := self != nil && (self.bigMain && m.lesserAlternate(c, self) || m.smallNamesake(c, self) && (e.Population < landmarkPop || v.named[code.country] == 0))
		national := !(self != nil && ((self.worldCity || self.bigMain && m.smallAlternate(c) || (self.bigSeat || self.seatCity) && e.Population < foreignPop) && e.Population < landmarkPop || namesake || m.outnamedAlternate(c, self)) &&
			e.Kind == gazetteer.Place && !m.local(c, prior, v, self))
		// In a briefing, a capital's namesake in a theatre country takes that country's share
		// only with the support the theatre's weight needs (see above): "Washington, Paris and
		// Ottawa" beside Catterick in a briefing on Britain is no Washington, Tyne and Wear.
		if national && seatNS && len(ctx) > 0 && ctx[e.Country] && !m.closeSupport(c, v, self, groups) {
			national = false
		}
		if national {
			s += 5 * share
		}
		if national && v.nNamed > 0 && e.Kind != gazetteer.Country && v.named[code.country] > 0 && (self == nil || !self.countryName) {
			// "Paris" in a text that names France; not a town named like a country
			// ("Mexico", Missouri, beside "U.S.")
			s += namedBonus
		}
		if share == 0 && v.n >= domMin && v.topVotes() >= domShare*v.n && !(e.Kind == gazetteer.Place && e.Population >= worldCityPop) && !bigSeatCity(e) && !m.bigNamesake(e, self) && e.Kind != gazetteer.Country && e.Country != "" {
			s -= domPenalty
		}
		if code.a1 != 0 && !(self != nil && m.homeNamesake(e, self) && nearness(e.Lat, e.Lon, m.selfPoint(c, self), v) < 1.5) {
			s += 3 * v.admin1[code.a1] / v.n
		}
		if code.a2 != 0 && len(v.admin2) > 0 {
			s += admin2W * v.admin2[code.a2] / v.n
		}
		if e.HasCoords && e.Kind != gazetteer.Country && !m.inNamesakeRegion(e, self) {
			// A capital named beside a capital's namesake says who speaks, not where the town
			// is: "Washington, London ... Vienna" is no Vienna, Virginia.
			s += nearnessOf(e.Lat, e.Lon, m.selfPoint(c, self), v, seatNS)
		}
	}
	if v != nil && v.usLocal >= 0 && m.codes[c.e].country == v.usLocal && e.Kind != gazetteer.Country && (self == nil || !self.countryName) && v.country[v.usLocal] >= usLocalShare*v.n {
		s += usLocalBonus // "the Athens City Council" in American local news is in the U.S.
	}
	if self != nil && v != nil && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1) {
		s += listKindBonus * float64(m.listKind(e, self, groups)) // "Alabama, Georgia and Florida" are three states
	}
	if self != nil && v != nil && e.Kind == gazetteer.Place && e.FeatureCode == "PPLC" {
		s += listKindBonus * float64(m.listCapitals(e, self, groups)) // "Washington, Paris and Vienna"
	}
	if self != nil && self.polity && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1) {
		s += listKindBonus // "Quebec Health Minister": a province's government, not the city's
	}
	if self != nil && self.dateline && e.Kind == gazetteer.Place {
		s += datelineBonus // a dateline names a city: "NEW YORK (AP)" is not the state
	}
	if self != nil && e.Kind != gazetteer.Country && slices.Contains(self.demonymOf, e.Country) {
		s += 10 // "the Greek island of Crete" is no Crete, Illinois; as "X in Y"
	}
	if self != nil && len(self.contains) > 0 {
		// "X, Y" is a list, not X in Y, when X could be of Y's own kind: "Russia, United
		// States" names two countries, not Russia, Ohio; "Ontario, Quebec" two provinces. A
		// first-level region of X in another country makes no list with Y: "Kingston,
		// Ontario" is the city, though Kingston is also a parish of Jamaica (sameKindList).
		for _, h := range self.contains {
			for _, y := range groups[h].cands {
				if m.sameKindList(self, m.ent(y.e)) {
					continue
				}
				if contains(m.ent(y.e), e) {
					s += 10
					break
				}
			}
		}
	}
	if self != nil && e.Kind == gazetteer.Place && len(self.holds) > 0 && m.seatHoldsFar(e, self, groups) {
		// ... and the seat of the same name is no place around a town far from it:
		// "Kobani, in Aleppo" (130 km from the city) is in the governorate
		s -= holdsBonus
	}
	if self != nil && (e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Region2) {
		// Y of "X, Y" or "X in Y" is a region around X, not X under another of its names:
		// "Jolo, in Sulu" is the province, not Jolo, which GeoNames also calls Sulu.
		// Not when the region yields to its seat of the same name and X lies within seatKm of
		// it: "the Ghwayran prison in Hasakah" and "Air Base 201 in Agadez" are in the city.
		for _, h := range self.holds {
			if slices.ContainsFunc(groups[h].cands, func(x cand) bool {
				f := m.ent(x.e)
				return x.e != c.e && f.Country == e.Country && contains(e, f) && !m.nearSeat(e, f, self)
			}) {
				s += holdsBonus
				break
			}
		}
	}
	return s
}

// sameKindList reports whether X (self) could be listed with y, a country or first-level region
// of "X, Y", as one of its own kind: a country, or a first-level region of y's country.
func (m *Matcher) sameKindList(self *group, y *gazetteer.Entry) bool {
	if y.Kind != gazetteer.Country && y.Kind != gazetteer.Region1 {
		return false
	}
	for _, c := range self.cands {
		if x := m.ent(c.e); x.Kind == y.Kind && (y.Kind == gazetteer.Country || x.Country == y.Country) {
			return true
		}
	}
	return false
}

// nearSeat reports whether feature f (a base, a prison: not a town, which "Norman, Oklahoma"
// places in the state) lies within seatKm of a seat of the same name that region r yields to,
// among the candidates of group g.
func (m *Matcher) nearSeat(r, f *gazetteer.Entry, g *group) bool {
	if !f.HasCoords || f.Kind != gazetteer.Feature {
		return false
	}
	for _, d := range g.cands {
		if p := m.ent(d.e); yieldsToSeat(r, p) && p.HasCoords && haversine(p.Lat, p.Lon, f.Lat, f.Lon) <= seatKm {
			return true
		}
	}
	return false
}

// seatHoldsFar reports whether place e is the seat of a region r among group g's candidates
// that yields to it, and a group g holds (as Y of "X, Y" or "X in Y") has a candidate inside r
// that is a town, or a feature farther than seatKm from e (see nearSeat).
func (m *Matcher) seatHoldsFar(e *gazetteer.Entry, g *group, groups []group) bool {
	for _, rc := range g.cands {
		r := m.ent(rc.e)
		if r.Kind != gazetteer.Region1 && r.Kind != gazetteer.Region2 || !yieldsToSeat(r, e) {
			continue
		}
		for _, h := range g.holds {
			if slices.ContainsFunc(groups[h].cands, func(x cand) bool {
				f := m.ent(x.e)
				return f != e && f.Country == r.Country && contains(r, f) && !m.nearSeat(r, f, g)
			}) {
				return true
			}
		}
	}
	return false
}

// seatKm: see nearSeat.
const seatKm = 30

// holdsBonus is added to a region that contains a place the text names right before it, as
// "X, Y" or "X in Y".
const holdsBonus = 3.0

// inNamesakeRegion reports whether e is a town, not the seat nor a city of a million people,
// inside a first-level region of the same name that is also a candidate of the group ("Okinawa", the city, inside Okinawa
// prefecture): the places near the town lie in the region too, so nearness does not choose
// the town.
func (m *Matcher) inNamesakeRegion(e *gazetteer.Entry, self *group) bool {
	if self == nil || e.Kind != gazetteer.Place || e.Admin1Code == "" || e.FeatureCode == "PPLA" || e.FeatureCode == "PPLC" || e.Population >= worldCityPop {
		return false // a seat is its region's city ("Raqqa"); "New York" near Riverdale the city
	}
	for _, c := range self.cands {
		if r := m.ent(c.e); r.Kind == gazetteer.Region1 && r.Admin1Code == e.Admin1Code {
			return true
		}
	}
	return false
}

// listKindBonus is added to a country or first-level region for each member of its list ("A, B
// and C"; at most two) that is currently a country, or a first-level region of the same
// country: "Georgia" listed with "Alabama" is the state, listed with "Armenia" the country.
const listKindBonus = 2.0

// listKind counts the confident members of group g's list (its neighbours and theirs: "Florida,
// Texas and Georgia"), at most two, that are now entries of e's kind (and, for a first-level
// region, of its country).
func (m *Matcher) listKind(e *gazetteer.Entry, g *group, groups []group) int {
	return m.listCount(g, groups, func(f *gazetteer.Entry) bool {
		return f.Kind == e.Kind && (e.Kind == gazetteer.Country || f.Country == e.Country) && f != e
	})
}

// listCapitals counts, like listKind, the confident members of group g's list that are now
// national capitals of other countries than e's: "Washington, Paris and Vienna" are three
// capitals.
func (m *Matcher) listCapitals(e *gazetteer.Entry, g *group, groups []group) int {
	return m.listCount(g, groups, func(f *gazetteer.Entry) bool {
		return f.Kind == gazetteer.Place && f.FeatureCode == "PPLC" && f.Country != e.Country
	})
}

// listCount counts the confident members of group g's list (its neighbours and theirs), at
// most two, whose current choice is an entry that ok accepts.
func (m *Matcher) listCount(g *group, groups []group, ok func(f *gazetteer.Entry) bool) int {
	n := 0
	var seen [4]int
	check := func(h int) {
		if n >= 2 || h >= len(groups) || &groups[h] == g || groups[h].drop || groups[h].weak || groups[h].hidden || slices.Contains(seen[:n], h) {
			return
		}
		if ok(m.ent(groups[h].cands[groups[h].chosen].e)) {
			seen[n] = h
			n++
		}
	}
	for _, h := range g.nearby {
		check(h)
	}
	for _, h := range g.nearby {
		if h < len(groups) && !groups[h].drop && !groups[h].hidden {
			for _, k := range groups[h].nearby {
				check(k)
			}
		}
	}
	return n
}

// bigSeatCity reports whether e is a national capital or the seat of a first-level region, of
// landmarkPop people or more: a place known abroad, whose small namesakes need local support
// (see score), and which a document about another country does not make a namesake's
// ("Lisbon" in a text about British soldiers is Portugal's capital, not Lisbon, Maine).
func bigSeatCity(e *gazetteer.Entry) bool {
	return e.Kind == gazetteer.Place && e.Population >= landmarkPop && (e.FeatureCode == "PPLC" || e.FeatureCode == "PPLA")
}

// seatNamesake reports whether group g also holds a national capital or a big region's seat
// in another country (bigSeatCity), found by its own name, that e is a lesser namesake of: e
// has fewer than landmarkPop people, or a fifth of the seat's or fewer ("Athens", Georgia,
// beside Greece's; not "Berea", Ohio, beside Aleppo, which GeoNames also calls Berea).
func (m *Matcher) seatNamesake(e *gazetteer.Entry, g *group) bool {
	if !g.seatCity {
		return false
	}
	for _, d := range g.cands {
		if p := m.ent(d.e); d.flags&(fMain|fCurated) != 0 && p.Country != e.Country && bigSeatCity(p) && (e.Population < landmarkPop || seatNamesakeRatio*e.Population <= p.Population) {
			return true
		}
	}
	return false
}

// closeSupport reports whether the document supports candidate c of group g by naming its
// first- or second-level region, or a place within 50 km other than a national capital (see
// local, which also counts any place of its regions, one within 200 km and a neighbour's
// coherence).
func (m *Matcher) closeSupport(c cand, v *votes, g *group, groups []group) bool {
	e := m.ent(c.e)
	for k := range groups {
		h := &groups[k]
		if h == g || h.drop || h.hidden {
			continue
		}
		if r := m.ent(h.cands[h.chosen].e); (r.Kind == gazetteer.Region1 || r.Kind == gazetteer.Region2) && contains(r, e) && r.Country == e.Country {
			return true
		}
	}
	return e.HasCoords && nearnessOf(e.Lat, e.Lon, m.selfPoint(c, g), v, true) >= 2
}

// seatNamesakeRatio: see seatNamesake.
const seatNamesakeRatio = 5

// worldCityPop: see score.
const worldCityPop = 1000000

// local reports whether the document supports candidate c of group g by more than its
// country: another place of its first- or second-level region, a place within 200 km, or a
// neighbour's coherence (a prior above its own).
func (m *Matcher) local(c cand, prior float64, v *votes, g *group) bool {
	code := m.codes[c.e]
	if code.a1 != 0 && v.admin1[code.a1] > 0 || code.a2 != 0 && v.admin2[code.a2] > 0 || prior > m.prior(c)+m.localCoherence(c, g) {
		return true
	}
	e := m.ent(c.e)
	return e.HasCoords && nearnessOf(e.Lat, e.Lon, m.selfPoint(c, g), v, true) >= 1.5
}

// selfPoint returns the entry whose points nearness leaves out when it scores candidate c of
// group g: c itself when g's name is also a country's ("Mexico" beside "Mexico City" is the
// country, not the city near itself), else -1 (variants of one name support each other:
// "Raqqa ... Ar Raqqah").
func (m *Matcher) selfPoint(c cand, g *group) int32 {
	if g == nil {
		return -1
	}
	for _, d := range g.cands {
		if m.ent(d.e).Kind == gazetteer.Country {
			return c.e
		}
	}
	return -1
}

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
	}
	return false
}

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

// points sets v.points to the points of the groups' current choices.
func (m *Matcher) points(v *votes, groups []group) {
	v.points = v.points[:0]
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		e := m.ent(g.cands[g.chosen].e)
		if e.HasCoords && e.Kind != gazetteer.Country && e.Kind != gazetteer.Feature && len(v.points) < maxPoints {
			v.points = append(v.points, vpoint{e.Lat, e.Lon, k, g.out, g.cands[g.chosen].e, e.FeatureCode == "PPLC"})
		}
	}
}

func (m *Matcher) disambiguate(groups []group, ctx map[string]bool, demonymVotes map[string]float64, segments []string, words *textWords) {
	for k := range groups {
		g := &groups[k]
		// see the support rules below; a dateline is a place whatever its size
		g.lone = g.word != "" && g.variant == vPlain && !g.dateline && m.smallOnly(g.out) && (m.tiny(g) || g.writtenLower(segments, words))
	}
	m.otherSpelling(groups)
	v := m.newVotes()
	defer m.releaseVotes(v)
	m.coherence(groups, &v.coherenceMemory)
	for k := range groups {
		g := &groups[k]
		best, bestScore := 0, math.Inf(-1)
		for ci, c := range g.cands {
			if sc := m.score(c, g.prior[ci], ctx, nil, g, groups); m.better(c, sc, g.cands[best], bestScore) {
				best, bestScore = ci, sc
			}
		}
		g.chosen = best
	}
	// Two more rounds, each group scored against the others' current choices.
	// Groups of the same name in another variant ("Anderson County" and "Anderson County
	// district") must not vote for each other.
	var siblings map[int32][]int
	{
		seen := v.firstGroup
		for k := range groups {
			if f, ok := seen[groups[k].out]; ok {
				if siblings == nil {
					siblings = map[int32][]int{}
				}
				if len(siblings[groups[k].out]) == 0 {
					siblings[groups[k].out] = []int{f}
				}
				siblings[groups[k].out] = append(siblings[groups[k].out], k)
			} else {
				seen[groups[k].out] = k
			}
		}
	}
	v.usLocal = -1
	if i, ok := m.countryIdx["US"]; ok && !namesEntry(groups, i) && words.register.local(segments) {
		v.usLocal = m.codes[i].country
		v.country[v.usLocal]++ // and the register is one vote, as a demonym is
		v.n++
	}
	// A demonym ("Turkish policeman", "Russian President") is a vote for its country.
	for cc, n := range demonymVotes {
		if i, ok := m.countryIdx[cc]; ok {
			v.country[m.codes[i].country] += n
		}
		v.n += n
	}
	for k := range groups {
		g := &groups[k]
		g.actor = g.mentions+g.inOrg > 0 && g.attributive+g.inOrgActor == g.mentions+g.inOrg && m.ent(g.cands[g.chosen].e).Kind == gazetteer.Country
	}
	for k := range groups {
		groups[k].voteW = m.voteWeight(&groups[k])
		if !groups[k].drop {
			m.vote(v, &groups[k], 1)
		}
	}
	// rescore reports whether it changed a choice.
	rescore := func() (changed bool) {
		m.points(v, groups)
		for k := range groups {
			g := &groups[k]
			if len(g.cands) == 1 || g.drop { // a dropped name neither votes nor shows
				continue
			}
			m.vote(v, g, -1)
			sib := siblings[g.out]
			for _, h := range sib {
				if h != k && !groups[h].drop {
					m.vote(v, &groups[h], -1)
				}
			}
			v.skip, v.skipOut = k, g.out
			v.setTop()
			best, bestScore := 0, math.Inf(-1)
			for ci, c := range g.cands {
				sc := m.score(c, g.prior[ci], ctx, v, g, groups)
				if m.better(c, sc, g.cands[best], bestScore) {
					best, bestScore = ci, sc
				}
			}
			v.skip, v.skipOut = -1, -1
			for _, h := range sib {
				if h != k && !groups[h].drop {
					m.vote(v, &groups[h], 1)
				}
			}
			if best != g.chosen {
				changed = true
				g.chosen = best
				e := m.ent(g.cands[best].e)
				for p := range v.points {
					if v.points[p].group == k {
						v.points[p].lat, v.points[p].lon, v.points[p].e = e.Lat, e.Lon, g.cands[best].e
						if !e.HasCoords || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature {
							v.points[p].group = -2 // no longer a point
						}
					}
				}
			}
			m.vote(v, g, 1)
		}
		return changed
	}
	// A round that changes no choice takes each vote away and adds it back; when every such
	// sum is exact (v.exact), it ends with the votes bit for bit as it found them, so the
	// next round would score every candidate as it did and change nothing either.
	for round := 1; round < 3; round++ {
		v.exact = true
		if !rescore() && v.exact {
			break
		}
	}
	// A one-word name whose places are all small (smallOnly) and that the document also
	// writes in lower case ("Industry ... industry") is an ordinary word there, and so is most
	// often a one-word name whose places all have fewer than smallPop people ("Advance",
	// "Wilson"): both need a place nearby, unless a context country holds the chosen place.
	for k := range groups {
		g := &groups[k]
		if g.word == "" || g.variant != vPlain || g.needNear || g.drop || g.facility || !m.smallOnly(g.out) {
			continue
		}
		if e := m.ent(g.cands[g.chosen].e); len(ctx) > 0 && ctx[e.Country] {
			continue
		}
		if m.tiny(g) || g.writtenLower(segments, words) {
			g.weak, g.needNear = true, true
		}
	}
	// Weak names need support: a context country, a confident place of the same country or
	// within 300 km, or a confident neighbour in a list.
	// With context countries, a place elsewhere that is small or was named only by one of
	// its alternate names ("Taliban" for Bozhuyuk, Turkey) needs support nearby.
	if len(ctx) > 0 {
		for k := range groups {
			g := &groups[k]
			c := g.cands[g.chosen]
			e := m.ent(c.e)
			if g.variant != vPlain || c.flags&fAlias != 0 || m.custom[c.e] || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature || ctx[e.Country] {
				continue
			}
			if c.flags&(fMain|fCurated) == 0 || e.Kind != gazetteer.Region1 && e.Population < 10000 {
				g.weak, g.needNear = true, true
			}
		}
	}
	// Without context countries, in a document where one country has most of the votes (see
	// domShare), a place elsewhere of fewer than foreignPop people, or of fewer than a million
	// named by an alternate name, that nothing else in the document places in its country is
	// most often a person's or an organisation's name ("Gonzalez" is not González, Mexico, in
	// a text about Iraq): it needs support nearby too.
	if len(ctx) == 0 && v.n >= domMin {
		v.skip, v.skipOut = -1, -1
		v.setTop()
		if v.topVotes() >= domShare*v.n {
			for k := range groups {
				g := &groups[k]
				c := g.cands[g.chosen]
				e := m.ent(c.e)
				if g.drop || g.hidden || g.variant != vPlain || g.facility || g.spelledApart || m.custom[c.e] || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature ||
					e.Population >= foreignPop && (c.flags&(fMain|fCurated) != 0 || e.Population >= 1000000) {
					continue
				}
				// another confident name votes for its country (a weak one's half vote is
				// not enough: "Christmas" does not vouch for "Heathrow", Florida)
				if v.country[m.codes[c.e].country]-g.voteW >= 1-1e-9 {
					continue
				}
				g.weak, g.needNear = true, true
			}
		}
	}
	// Without context countries, a town of fewer than foreignPop people found only by
	// another of its names, in a country nothing else in the document votes for, needs a
	// confident place of its own country nearby: spellings are shared across borders
	// ("Banjska", a village in Kosovo, is an old name of Bansko, Bulgaria).
	if len(ctx) == 0 {
		v.skip, v.skipOut = -1, -1
		for k := range groups {
			g := &groups[k]
			c := g.cands[g.chosen]
			e := m.ent(c.e)
			if g.drop || g.hidden || g.variant != vPlain || g.facility || m.custom[c.e] || e.Kind != gazetteer.Place ||
				e.Population >= foreignPop || c.flags&(fMain|fCurated|fAlias) != 0 || v.country[m.codes[c.e].country]-g.voteW >= 1-1e-9 {
				continue
			}
			g.weak, g.needNear, g.nearOwn = true, true, true
		}
	}
	wasDropped := make([]bool, len(groups))
	for k := range groups {
		wasDropped[k] = groups[k].drop
	}
	strong := func(k int) bool { return !groups[k].weak && !groups[k].drop && !groups[k].hidden }
	for k := range groups {
		g := &groups[k]
		if !g.weak || g.drop {
			continue
		}
		e := m.ent(g.cands[g.chosen].e)
		// a dateline names the place the text was filed from: a place, though its namesakes
		// lie in several countries ("CROMWELL —")
		ok := e.Country != "" && ctx[e.Country] || (g.cue || g.dateline) && !g.needNear || !g.needNear && demonymVotes[e.Country] > 0 && m.firstByPrior(g)
		for _, h := range g.nearby {
			if !strong(h) {
				continue
			}
			f := m.ent(groups[h].cands[groups[h].chosen].e)
			ok = ok || !g.needNear || f.Country == e.Country
		}
		for _, h := range g.contains {
			for _, y := range groups[h].cands {
				ok = ok || contains(m.ent(y.e), e)
			}
		}
		for h := range groups {
			if ok {
				break
			}
			if h == k || !strong(h) {
				continue
			}
			f := m.ent(groups[h].cands[groups[h].chosen].e)
			if f.Country != "" && f.Country == e.Country && !g.needNear {
				ok = true
			} else if f.HasCoords && e.HasCoords && math.Abs(e.Lat-f.Lat) < 2.7 && haversine(e.Lat, e.Lon, f.Lat, f.Lon) < 300 && (!g.nearOwn || f.Country == e.Country) {
				ok = true
			}
		}
		g.drop = !ok
	}
	// The names found to be no places no longer vote: score the others once more.
	again := false
	for k := range groups {
		if groups[k].drop && !wasDropped[k] {
			m.vote(v, &groups[k], -1)
			again = true
		}
	}
	if again {
		rescore()
	}
	// A region's suffix on a name that the document places in a country where no region of
	// that name lies names the area of that place ("the Preston district" beside Preston,
	// England, is no Preston County, West Virginia).
	for k := range groups {
		g := &groups[k]
		if g.drop || g.variant != vRegion1 && g.variant != vRegion2 {
			continue
		}
		for _, h := range siblings[g.out] {
			p := &groups[h]
			if h == k || p.drop || p.variant != vPlain {
				continue
			}
			c := p.cands[p.chosen]
			cc := m.ent(c.e).Country
			inCountry := false
			for _, d := range g.cands {
				inCountry = inCountry || m.ent(d.e).Country == cc
			}
			if !inCountry {
				g.cands = append(g.cands, c)
				g.prior = append(g.prior, p.prior[p.chosen])
				g.chosen = len(g.cands) - 1
			}
			break
		}
	}
}

// firstByPrior reports whether group g's chosen candidate has the highest prior of its
// candidates (before coherence), as the likeliest place of the name on its own.
func (m *Matcher) firstByPrior(g *group) bool {
	p := m.prior(g.cands[g.chosen])
	for _, c := range g.cands {
		if m.prior(c) > p {
			return false
		}
	}
	return true
}

// otherSpelling sets apart a name that is only another name of a town the document also
// names by the town's own name, when a place of about the town's size (a fifth of its people
// or more) has the name as its own: two spellings in one text are two places ("Gori" and
// "Goris" beside it are Gori, Georgia, and Goris, Armenia, which Gori is also called).
// Such a candidate loses otherSpellingCost; a spelling that only a far smaller place has as
// its own ("Kiev" beside "Kyiv") changes nothing.
func (m *Matcher) otherSpelling(groups []group) {
	for k := range groups {
		g := &groups[k]
		if g.hidden || len(g.cands) < 2 {
			continue
		}
		for ci, c := range g.cands {
			e := m.ent(c.e)
			if e.Kind != gazetteer.Place || c.flags&(fMain|fAlias|fCurated) != 0 || m.custom[c.e] {
				continue
			}
			own := false
			for _, d := range g.cands {
				if p := m.ent(d.e); d.e != c.e && d.flags&fMain != 0 && p.Kind == gazetteer.Place && p.Population*lesserAlternateRatio >= e.Population {
					own = true
					break
				}
			}
			if own && m.namedOwn(groups, k, c.e) {
				g.prior[ci] -= otherSpellingCost
			}
		}
	}
}

// otherSpellingCost outweighs a town's share of its country's votes (see otherSpelling).
const otherSpellingCost = 10

// namedOwn reports whether a shown group of the document other than groups[self] may be
// entry e by e's own name.
func (m *Matcher) namedOwn(groups []group, self int, e int32) bool {
	for h := range groups {
		if h == self || groups[h].hidden || groups[h].out == groups[self].out {
			continue
		}
		for _, c := range groups[h].cands {
			if c.e == e && c.flags&fMain != 0 {
				return true
			}
		}
	}
	return false
}

// localCoherence is the least coherence bonus (see coherence) that local counts as a
// neighbour's support for candidate c of group g: any, but at least seatCoherence for a
// namesake of a capital abroad, to which an unlikely candidate of another name gives only a
// trace ("Washington, Paris and Vienna" in a briefing that names the United States are no
// towns of West Virginia and Pennsylvania).
func (m *Matcher) localCoherence(c cand, g *group) float64 {
	if e := m.ent(c.e); g != nil && e.Kind == gazetteer.Place && m.seatNamesake(e, g) {
		return seatCoherence
	}
	return 1e-9
}

// seatCoherence: see localCoherence.
const seatCoherence = 0.3
