package place

import (
	"math"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/diag"
)

// Choosing among the candidates of each name: each name's group of candidates with their
// priors (groups.go), coherence with the document's other names (coherence.go), the rules on
// namesakes of bigger places (namesakes.go), each candidate's score (score.go) and the
// votes of the places named nearby (votes.go), put together by disambiguate.

func (m *Matcher) disambiguate(groups []group, ctx map[string]bool, demonymVotes, demonymActors map[string]float64, segments []string, words *textWords) {
	for k := range groups {
		g := &groups[k]
		// see the support rules below; a dateline is a place whatever its size
		g.lone = g.word != "" && g.variant == vPlain && !g.dateline && m.smallOnly(g.out) && (m.tiny(g) || g.writtenLower(segments, words))
	}
	m.otherSpelling(groups)
	m.anotherName(groups)
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
	// A demonym ("Turkish policeman", "Russian President") is a vote for its country; one
	// before a noun of forces or officials says who acts, as a country's name there does
	// ("Russian troops attacked Pokrovsk"), and counts towards no share alone (see actor).
	for cc, n := range demonymVotes {
		if i, ok := m.countryIdx[cc]; ok {
			v.country[m.codes[i].country] += n
			if a := demonymActors[cc]; a > 0 {
				v.actor[m.codes[i].country] += a
			}
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
		if g.cands[g.chosen].flags&fCurated != 0 && !g.writtenLower(segments, words) {
			continue // a curated short name: "Offutt", "Whiteman" alone are the bases
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
			// a town named with its installation ("Aviano Air Base", "RAF Lakenheath") is the
			// installation's, and needs no more support than a larger place
			if g.variant != vPlain || g.facility || c.flags&fAlias != 0 || m.custom[c.e] || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature || ctx[e.Country] {
				continue
			}
			if installationTown(e.Name) {
				continue // a post's own town ("based at Fort Meade" in a briefing on Europe) is the post
			}
			if c.flags&(fMain|fCurated) == 0 && !m.seatOfOwnNamedRegion(g, e) && !m.mainSpelling(g, e) && !m.cityOfOwnName(g, e) || e.Kind != gazetteer.Region1 && e.Population < 10000 ||
				e.Kind == gazetteer.Region1 && e.Population > 0 && e.Population < smallRegion1Pop && !strings.Contains(g.name, " ") {
				// (a first-level region of few people too: "Boquerón" in a briefing on Cuba is
				// the village on Guantánamo Bay the gazetteer lacks, not Paraguay's department)
				g.weak, g.needNear = true, true
			}
			// ... and so does a town elsewhere of fewer than foreignTownPop people, no capital
			// nor seat of a region of its name, written where a place near the others is meant
			// ("near X", "X, west of Y") and whose country nothing else in the document names:
			// in a briefing on Syria, "Near Shafa, three strikes engaged" is a village the
			// gazetteer lacks, not Ash Shafā in Saudi Arabia, nor "Near Arima, west of Manbij"
			// the town of Trinidad
			if g.local && e.Kind == gazetteer.Place && e.FeatureCode != "PPLC" && e.Population < foreignTownPop && !m.seatOfOwnNamedRegion(g, e) &&
				v.country[m.codes[c.e].country]-g.voteW < 1-1e-9 {
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
					e.Population >= foreignPop && (c.flags&(fMain|fCurated) != 0 || e.Population >= 1000000 || m.mainSpelling(g, e)) {
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
		// The briefing's theatre supports a name that needs a place nearby only for a town
		// of some size: "Hit" in a briefing on Iraq is the city, but "the Agency said" in a
		// briefing on the United States names no Agency, Missouri (672 people); nor for a curated
		// feature's acronym ("HKIA" in a briefing on Afghanistan).
		ok := e.Country != "" && ctx[e.Country] && (!g.needNear || e.Population >= theatreNeedNearPop || e.Kind == gazetteer.Feature && e.FeatureCode != "PPL") || (g.cue || g.dateline) && !g.needNear || !g.needNear && demonymVotes[e.Country] > 0 && m.firstByPrior(g) ||
			// a sea of no one country beside the theatre's countries: "the Gulf" in a briefing
			// on the Persian Gulf states
			e.Country == "" && e.Kind == gazetteer.Feature && m.theatreBorders(e, ctx)
		for _, h := range g.nearby {
			if !strong(h) {
				continue
			}
			f := m.ent(groups[h].cands[groups[h].chosen].e)
			// (a sea of no one country is no neighbour of a town far from it: "Gulf to Baton
			// Rouge" names no Persian Gulf)
			far := e.Country == "" && e.Kind == gazetteer.Feature && e.HasCoords && f.HasCoords && haversine(e.Lat, e.Lon, f.Lat, f.Lon) > farFeatureKm
			ok = ok || !g.needNear && !far || f.Country == e.Country
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
			} else if f.HasCoords && e.HasCoords && openWater(e) && haversine(e.Lat, e.Lon, f.Lat, f.Lon) < seaSupportKm {
				ok = true // a sea's point is far from its shores: "the Gulf" beside Kuwait City
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
		if g.drop || g.variant != vRegion1 && g.variant != vRegion2 && g.variant != vRegion {
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

// theatreBorders reports whether a context country's point lies within theatreSeaKm of
// feature e's point.
func (m *Matcher) theatreBorders(e *gazetteer.Entry, ctx map[string]bool) bool {
	if !e.HasCoords {
		return false
	}
	for cc := range ctx {
		if i, ok := m.countryIdx[cc]; ok {
			if c := m.ent(i); c.HasCoords && haversine(e.Lat, e.Lon, c.Lat, c.Lon) < theatreSeaKm {
				return true
			}
		}
	}
	return false
}

// farFeatureKm: a weak name of a feature of no one country has no support from a neighbour
// farther off (see disambiguate).
const farFeatureKm = 2000

// seaSupportKm: a sea, gulf or strait of no one country is supported by a confident place
// this near its point (its shores lie farther from its point than a town's neighbours do).
const seaSupportKm = 700

// openWater reports whether e is a sea, a gulf or a strait of no one country.
func openWater(e *gazetteer.Entry) bool {
	if e.Kind != gazetteer.Feature || e.Country != "" {
		return false
	}
	switch e.FeatureCode {
	case "SEA", "GULF", "STRT", "BAY":
		return true
	}
	return false
}

// theatreSeaKm: see theatreBorders.
const theatreSeaKm = 800

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

// installationTown reports whether a populated place's name is a military post's: "Fort
// Meade", "Camp Lejeune", "Lackland Air Force Base" (GeoNames lists the towns of posts so).
func installationTown(name string) bool {
	return strings.HasPrefix(name, "Fort ") || strings.HasPrefix(name, "Camp ") || strings.HasSuffix(name, " Air Force Base") ||
		strings.HasPrefix(name, "Naval ") || strings.HasPrefix(name, "Joint Base ")
}

// anotherName lowers the prior of a town found only by an alternate name unlike its own (a
// historical or foreign name: "Philadelphia" for Amman, "Smyrna" for İzmir) when a city of
// anotherNamePop people or more has the name as its own: with nothing else to go by,
// "Philadelphia" is the American city. Names alike in a word's first three letters
// ("Raqqa" for Ar Raqqah, "Kyiv" and "Kiev") are spellings of one name, and keep their prior.
func (m *Matcher) anotherName(groups []group) {
	for k := range groups {
		g := &groups[k]
		if g.hidden || len(g.cands) < 2 || g.variant != vPlain || g.name == "" {
			continue
		}
		big := false
		for _, d := range g.cands {
			if p := m.ent(d.e); d.flags&fMain != 0 && p.Kind == gazetteer.Place && p.Population >= anotherNamePop {
				big = true
				break
			}
		}
		if !big {
			continue
		}
		for ci, c := range g.cands {
			e := m.ent(c.e)
			if e.Kind != gazetteer.Place || c.flags&(fMain|fAlias|fCurated) != 0 || m.custom[c.e] {
				continue
			}
			if !namesAlike(g.name, Key(e.Name)) {
				g.prior[ci] -= anotherNameCost
			}
		}
	}
}

// namesAlike reports whether two folded names share a word's first three letters.
func namesAlike(a, b string) bool {
	for _, x := range strings.Fields(a) {
		for _, y := range strings.Fields(b) {
			if len(x) >= 3 && len(y) >= 3 && x[:3] == y[:3] || x == y {
				return true
			}
		}
	}
	return false
}

// anotherNamePop and anotherNameCost: see anotherName.
const (
	anotherNamePop  = 100000
	anotherNameCost = 3.0
)

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

// theatreNeedNearPop is the least population of a town whose name needs a place nearby (a
// common word, a given name) that the briefing's theatre alone supports.
const theatreNeedNearPop = 5000

// seatOfOwnNamedRegion reports whether e is the seat of a first-level region among g's
// candidates that has the name as its own: "Raqqa" is the governorate's own name and the city
// its seat, named as the press names it, so the city needs no more support than a place named
// by its own name.
func (m *Matcher) seatOfOwnNamedRegion(g *group, e *gazetteer.Entry) bool {
	if e.Kind != gazetteer.Place || e.FeatureCode != "PPLA" && e.FeatureCode != "PPLC" {
		return false
	}
	for _, c := range g.cands {
		if r := m.ent(c.e); r.Kind == gazetteer.Region1 && c.flags&fMain != 0 && r.Country == e.Country && r.Admin1Code == e.Admin1Code {
			return true
		}
	}
	return false
}

// cityOfOwnName reports whether the group names the city e by its own name and "City" ("Gaza
// City", "Kuwait City"), as the press writes a big city's name.
func (m *Matcher) cityOfOwnName(g *group, e *gazetteer.Entry) bool {
	base, ok := strings.CutSuffix(g.name, " city")
	if !ok || e.Kind != gazetteer.Place || e.Population < landmarkPop {
		return false
	}
	for _, n := range [...]string{e.Name, e.ASCII} {
		if strings.Join(m.fold.words(n), " ") == base {
			return true
		}
	}
	return false
}

// mainSpelling reports whether a group found by an alternate name wrote the place's own name
// in another transliteration: the two folded names, without spaces, differ by at most two
// letters and begin alike ("Mazar-i-Sharif" for Mazār-e Sharīf), which an unrelated other
// name ("Taliban" for Bozhuyuk) does not.
func (m *Matcher) mainSpelling(g *group, e *gazetteer.Entry) bool {
	written := strings.ReplaceAll(g.name, " ", "")
	for _, n := range [...]string{e.Name, e.ASCII} {
		own := strings.Join(m.fold.words(n), "")
		if len(written) >= 6 && len(own) >= 6 && written[:3] == own[:3] && max(len(written)-len(own), len(own)-len(written)) <= 2 && diag.EditDistance(written, own) <= 2 {
			return true
		}
	}
	return false
}

// seaOnly reports whether every candidate of output o is a sea or an ocean (see openWater).
func (m *Matcher) seaOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); !openWater(e) && !(e.Kind == gazetteer.Feature && e.FeatureCode == "OCN") {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// islandPlace reports whether some candidate of output o is an island, or a place or region
// whose name an island shares ("Sandwip", "Culebra", "Vieques"): "X Island" the gazetteer lacks
// written whole is that place.
func (m *Matcher) islandPlace(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if e.Kind == gazetteer.Feature && (e.FeatureCode == "ISL" || e.FeatureCode == "ISLS") || e.Kind == gazetteer.Place || e.Kind == gazetteer.Region2 {
			return true
		}
	}
	return false
}

// smallRegion1Pop: see disambiguate.
const smallRegion1Pop = 30000
