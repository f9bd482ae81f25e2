package place

import (
	"math"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
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

// foreignTownPop: with context countries, a town elsewhere of fewer people, whose country
// nothing else in the document names, needs support nearby (see disambiguate); a city of
// more ("the spokesman in Tampa", "the carrier left Naples") does not.
const foreignTownPop = 200000

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

// theatreTownPop: see foreignNS in score.
const theatreTownPop = 20000

// datelineBonus is added to a city candidate of a name written as a dateline.
const datelineBonus = 3.0

// score adds the document's evidence to a candidate's prior.
func (m *Matcher) score(c cand, prior float64, ctx map[string]bool, v *votes, self *group, groups []group) float64 {
	e := m.ent(c.e)
	s := prior
	seatNS := self != nil && e.Kind == gazetteer.Place && m.seatNamesake(e, self)
	// So does a town of less than a fiftieth of a same-named city of half a million found by
	// its own name: "offloaded in San Diego" in a briefing on Latin America is the Californian
	// port, not San Diego, Colombia.
	bigNS := self != nil && e.Kind == gazetteer.Place && self.bigMainPop >= worldCityPop/2 && e.Population*50 < self.bigMainPop
	// So does a town of a fifth or less of a city of landmarkPop or more abroad of its name, by
	// any of the city's names: "talks in Geneva" in a briefing on the United States are in
	// Genève, not Geneva, Illinois; "Cologne" is Köln, not Cologne, Minnesota.
	foreignNS := self != nil && e.Kind == gazetteer.Place && e.FeatureCode != "PPLC" && self.bigPop >= landmarkPop && self.bigCountry != e.Country && e.Population*5 <= self.bigPop &&
		// (a national capital is no namesake: "Islamabad", an old name of Chattogram, is
		// Pakistan's capital in a briefing on Pakistan)
		// (but a town of 20,000 or more in a theatre country is no mere namesake of a foreign
		// city of under half a million that bears the name as its own, no English exonym:
		// "sailed from Newport" in a briefing on the United States is Newport, Rhode Island, not
		// Newport, Wales; "talks in Geneva" stay in Genève)
		!(len(ctx) > 0 && ctx[e.Country] && e.Population >= theatreTownPop && self.bigPop < worldCityPop/2 && self.bigMainPop >= self.bigPop)
	// And so does a city found by one of its other names that a bigger city of half a million or
	// more bears as its own: "Philadelphia", an ancient name of Amman, in a briefing on Jordan.
	altOfBig := self != nil && e.Kind == gazetteer.Place && c.flags&(fMain|fAlias|fCurated) == 0 && !m.custom[c.e] &&
		self.bigMainPop >= worldCityPop/2 && e.Population < self.bigMainPop
	// And so does a town of a fifteenth or less of a first-level region of a million or more
	// abroad that bears its name: "landed in Normandy" in a briefing on Europe is the French
	// region, not Normandy, Surrey.
	regionNS := self != nil && e.Kind == gazetteer.Place && self.bigRegionPop >= bigRegionNamesakePop && self.bigRegionCountry != e.Country &&
		e.Population*smallNamesakeRatio <= self.bigRegionPop
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
		!((seatNS || bigNS || foreignNS || altOfBig || regionNS) && (v == nil || v.n == 0 || !m.closeSupport(c, v, self, groups))) {
		s += 6
	}
	// "the Sahel", "the Ardennes", "the Levant": after "the", a curated region or feature of
	// many countries weighs as a context country's place does, before a first- or second-level
	// region of one that shares its name (Burkina Faso's Sahel region in a briefing on the
	// Sahel, France's Ardennes département in one on the Bulge).
	if self != nil && self.afterThe && e.Kind == gazetteer.Feature && e.Country == "" && !featureInContext(m, self, ctx) {
		s += 6
	}
	if self != nil && self.afterThe && e.Kind == gazetteer.Region1 && theRegions[self.name] {
		s += 6 // "in the Yukon": the territory, not Yukon, Oklahoma
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
		namesake := self != nil && (self.bigMain && m.lesserAlternate(c, self) || m.smallNamesake(c, self) && (e.Population < landmarkPop || v.named[code.country] == 0)) || altOfBig
		national := !(self != nil && ((self.worldCity || self.bigMain && m.smallAlternate(c) || (self.bigSeat || self.seatCity) && e.Population < foreignPop) && e.Population < landmarkPop || namesake || m.outnamedAlternate(c, self)) &&
			e.Kind == gazetteer.Place && !m.local(c, prior, v, self))
		// In a briefing, a capital's namesake in a theatre country takes that country's share
		// only with the support the theatre's weight needs (see above): "Washington, Paris and
		// Ottawa" beside Catterick in a briefing on Britain is no Washington, Tyne and Wear.
		if national && seatNS && len(ctx) > 0 && ctx[e.Country] && !m.closeSupport(c, v, self, groups) {
			national = false
		}
		// ... and in a briefing on another country, so does a namesake of a capital or of a
		// big city abroad in a third country: "Evacuees flew to Athens" in a briefing on Israel
		// that names Norfolk is Greece's capital, not Athens, Georgia.
		if national && (seatNS || foreignNS) && len(ctx) > 0 && !ctx[e.Country] && !m.closeSupport(c, v, self, groups) {
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
		if code.a1 != 0 && !(self != nil && m.homeNamesake(e, self) && nearness(e.Lat, e.Lon, m.selfPoint(c, self), v) < m.homeNearness(e, self)) {
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
	} else if self != nil && v != nil && e.Kind == gazetteer.Place && (e.Population >= worldCityPop && m.hasRegionNamesake(e, self) || e.Population >= landmarkPop && m.hasTinyNamesake(e, self)) {
		s += listKindBonus * float64(m.listCities(self, groups)) // "Chicago, New York and Atlanta"
	} else if bigNS && v != nil && self.bigCountry != "" {
		// "Atlanta and Dallas" is no Dallas, Georgia: a list of cities of the country of the
		// name's big city (not "Arlington, Alexandria and Vienna", Virginia)
		s -= 2 * listKindBonus * float64(m.listCount(self, groups, func(f *gazetteer.Entry) bool {
			return f.Kind == gazetteer.Place && f.Population >= landmarkPop && f.Country == self.bigCountry
		}))
	}
	if self != nil && self.polity && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1) {
		s += listKindBonus // "Quebec Health Minister": a province's government, not the city's
	}
	if self != nil && self.dateline && e.Kind == gazetteer.Place {
		s += datelineBonus // a dateline names a city: "NEW YORK (AP)" is not the state
	}
	if self != nil && self.voyage && e.Kind == gazetteer.Place && e.Population >= anotherNamePop && m.stateOfName(self, e.Country) {
		s += datelineBonus // "Comfort departed New York": the port city, not the state of its name
	}
	if self != nil && self.battle && e.Kind == gazetteer.Feature {
		s += containsBonus // "the Battle of Midway" was fought at the atoll, not in Midway, Florida
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
					s += containsBonus
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
	if self != nil && e.Kind == gazetteer.Place && self.countryName && m.namesHeld(c, self, groups) {
		// Y of "X, Y" or "X in Y" is not X again: "PANAMA CITY, Panama" is the country, though
		// the city is also called Panama
		s -= containsBonus
	}
	if self != nil && e.Kind == gazetteer.Country {
		// Y of "X, Y" or "X in Y" is the country X lies in, not a city named like it: "Camp
		// Lemonnier, Djibouti" is the country, not Djibouti City
		for _, h := range self.holds {
			if slices.ContainsFunc(groups[h].cands, func(x cand) bool {
				f := m.ent(x.e)
				return x.e != c.e && f.Kind != gazetteer.Country && f.Country == e.Country
			}) {
				s += containsBonus
				break
			}
		}
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

// namesHeld reports whether c is also a candidate of a group named right before g as "X, Y"
// or "X in Y" (g being Y).
func (m *Matcher) namesHeld(c cand, g *group, groups []group) bool {
	for _, h := range g.holds {
		if &groups[h] != g && slices.ContainsFunc(groups[h].cands, func(x cand) bool { return x.e == c.e }) {
			return true
		}
	}
	return false
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

// listCities counts, like listKind, the confident members of group g's list that are now
// cities of landmarkPop people or more: "Chicago, New York and Atlanta" are three cities, so
// "New York" there is the city, not the state (see hasRegionNamesake).
func (m *Matcher) listCities(g *group, groups []group) int {
	return m.listCount(g, groups, func(f *gazetteer.Entry) bool {
		return f.Kind == gazetteer.Place && f.Population >= landmarkPop
	})
}

// hasRegionNamesake reports whether group g also holds a first-level region of city e's
// country, which a list of cities speaks against.
func (m *Matcher) hasRegionNamesake(e *gazetteer.Entry, g *group) bool {
	return slices.ContainsFunc(g.cands, func(c cand) bool {
		r := m.ent(c.e)
		return r.Kind == gazetteer.Region1 && r.Country == e.Country
	})
}

// featureInContext reports whether group g also holds a curated feature or region of a
// context country, which the theatre's weight picks before a feature of many countries: "the
// DMZ" in a briefing on Vietnam is the Vietnamese one, not the Korean.
func featureInContext(m *Matcher, g *group, ctx map[string]bool) bool {
	if len(ctx) == 0 {
		return false
	}
	return slices.ContainsFunc(g.cands, func(c cand) bool {
		f := m.ent(c.e)
		return f.Kind == gazetteer.Feature && f.Country != "" && ctx[f.Country]
	})
}

// hasTinyNamesake reports whether group g also holds a town of a twentieth or less of city
// e's people, which a list of cities speaks against: "Chicago, Atlanta and Phoenix" are three
// cities, not Chicago and two villages of Illinois.
func (m *Matcher) hasTinyNamesake(e *gazetteer.Entry, g *group) bool {
	return slices.ContainsFunc(g.cands, func(c cand) bool {
		r := m.ent(c.e)
		return r.Kind == gazetteer.Place && r.Population*20 <= e.Population
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
	if !g.seatCity || e.FeatureCode == "PPLA" || e.FeatureCode == "PPLC" {
		return false // a seat itself is no mere namesake ("Trujillo", Honduras, seat of Colón)
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

// containsBonus is the score a candidate of X takes when the text writes "X, Y" or "X in Y" and
// Y holds it: more than a world city's weight and the briefing's theatre together ("of Berlin,
// New Hampshire, died at Grafenwoehr, Germany" is the town in New Hampshire).
const containsBonus = 16

// stateOfName reports whether a candidate of g is a first-level region of country cc: the
// name is a state's as well as a city's ("New York").
func (m *Matcher) stateOfName(g *group, cc string) bool {
	for _, c := range g.cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Country == cc {
			return true
		}
	}
	return false
}
