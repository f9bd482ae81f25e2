package place

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// smallPop: see tiny.
const smallPop = 5000

// nationNamesakePop: the own name of a first-level region of nationPop people or more is no
// name of a place of fewer people ("Florida" is not Florida, Puerto Rico, 5,652 people; see
// newGroup).
const nationNamesakePop = 30000

// cityNamePop: a name that a city of this many people has is no region's own name in the
// sense of nationNamesakePop ("Moscow", "Cairo": the first-level regions of those cities).
const cityNamePop = 100000

// widePop: a name of a feature of no one country (an ocean, a sea, a continent) is no name of
// a place of fewer people (see newGroup).
const widePop = 100000

// tiny reports whether every candidate of a group is a populated place of fewer than smallPop
// people named by its main name, none of them a site's own.
func (m *Matcher) tiny(g *group) bool {
	for _, c := range g.cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Place || e.Population >= smallPop || m.custom[c.e] || c.flags&fAlias != 0 || unknownSeat(e) {
			return false
		}
	}
	return true
}

// unknownSeat reports whether e is an administrative seat whose population GeoNames does not
// give (0): in Iraq and Syria such seats are often towns of thousands ("Taftanaz").
func unknownSeat(e *gazetteer.Entry) bool {
	return e.Population == 0 && strings.HasPrefix(e.FeatureCode, "PPLA")
}

// lowerWord reports whether the documents' segments contain w (lower-case ASCII) as a
// whole word.
func lowerWord(segments []string, w string) bool {
	for _, seg := range segments {
		for off := 0; ; {
			i := strings.Index(seg[off:], w)
			if i < 0 {
				break
			}
			i += off
			e := i + len(w)
			if (i == 0 || !isWordByte(seg, prevRuneStart(seg, i))) && (e == len(seg) || !isWordByte(seg, e)) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// writtenLower reports lowerWord(segments, g.word), searching the segments only the first
// time it is asked for g and only if the words noted of them allow it.
func (g *group) writtenLower(segments []string, words *textWords) bool {
	if g.lower == 0 {
		g.lower = 1
		if words.mayBeLower(g.word) && lowerWord(segments, g.word) {
			g.lower = 2
		}
	}
	return g.lower == 2
}

func prevRuneStart(s string, i int) int {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// countyOnly reports whether every candidate of a key is a second-level region found by its
// main name ("Henderson County"): a name that says which county a text is about even inside
// an organisation's name.
func (m *Matcher) countyOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if m.ent(c.e).Kind != gazetteer.Region2 || c.flags&fMain == 0 {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// regionsOnly reports whether every candidate of a key is a first- or second-level region
// from the gazetteer (not a site's own place or alias).
func (m *Matcher) regionsOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k != gazetteer.Region1 && k != gazetteer.Region2 || m.custom[c.e] || c.flags&fAlias != 0 {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// namesCountryOrRegions reports whether a key names a country, or regions only.
func (m *Matcher) namesCountryOrRegions(o int32) bool {
	regions := 0
	for _, c := range m.outs[o].cands {
		switch m.ent(c.e).Kind {
		case gazetteer.Country:
			return true
		case gazetteer.Region1, gazetteer.Region2:
			regions++
		}
	}
	return regions > 0 && regions == len(m.outs[o].cands)
}

// namesCountryOrRegion1 reports whether some candidate of a key is a country or a first-level
// region.
func (m *Matcher) namesCountryOrRegion1(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k == gazetteer.Country || k == gazetteer.Region1 {
			return true
		}
	}
	return false
}

// portfolioTitles are the titles of ministers and their like, whose portfolio a common word
// before them names ("Energy Secretary").
var portfolioTitles = wordSet(`secretary minister commissioner`)

// oneBigRegion reports whether a key names a single first-level region of a million people
// or more: "West Bank" is a name, not a description, where "West Coast" and "Eastern
// Province" are regions of several countries or small ones.
func (m *Matcher) oneBigRegion(o int32) bool {
	cands := m.outs[o].cands
	if len(cands) != 1 {
		return false
	}
	e := m.ent(cands[0].e)
	return e.Kind == gazetteer.Region1 && e.Population >= 1000000
}

// countryOrRegion reports whether some candidate of output o is a country or a first-level
// region.
func (m *Matcher) countryOrRegion(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k == gazetteer.Country || k == gazetteer.Region1 {
			return true
		}
	}
	return false
}

// townsOrCounties reports whether every candidate of output o is a populated place or a
// second-level region and none is big or the site's own (smallOnly): not a curated feature
// ("Incirlik jets" flew from the air base).
func (m *Matcher) townsOrCounties(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k != gazetteer.Place && k != gazetteer.Region2 {
			return false
		}
	}
	return m.smallOnly(o)
}

// smallOnly reports whether no candidate of output o is a country, a first-level region, a
// feature of no one country (an ocean, a continent), a place of 100,000 people or more, or a
// site alias or custom place.
func (m *Matcher) smallOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Feature && e.Country == "" ||
			e.Population >= 100000 || m.custom[c.e] || c.flags&fAlias != 0 {
			return false
		}
	}
	return true
}

// fits reports whether a candidate fits a group variant.
func (m *Matcher) fits(c cand, variant uint8) bool {
	k := m.ent(c.e).Kind
	switch variant {
	case vAbbr:
		return c.flags&fAbbr != 0
	case vRegion1:
		return k == gazetteer.Region1 && c.flags&fAbbr == 0
	case vRegion2:
		return k == gazetteer.Region2 && c.flags&fAbbr == 0
	case vRegion:
		return (k == gazetteer.Region1 || k == gazetteer.Region2) && c.flags&fAbbr == 0
	case vCity:
		return k == gazetteer.Place && c.flags&(fAbbr|fBare) == 0
	}
	return c.flags&(fAbbr|fBare) == 0
}

// suffixLevel returns the variant a region's suffix w after a name asks for, and whether w is
// one. "province" asks for a first-level region, or a second-level one when no first-level
// region has the name, as the provinces of the Philippines are second-level regions ("Sulu
// province"); "county" asks for a second-level region, or a first-level one when no
// second-level region has the name, as the counties of Kenya, Liberia or Estonia are
// first-level regions ("Lamu county"); "department" asks for a region of either level, first in
// Colombia or Honduras, second in France ("Nariño department", "the Meuse department"), and
// the document's countries decide.
func (m *Matcher) suffixLevel(o int32, w string) (uint8, bool) {
	v, ok := suffixes[w]
	switch {
	case w == "province" && !m.hasVariant(o, vRegion1) && m.hasVariant(o, vRegion2):
		v = vRegion2
	case w == "county" && !m.hasVariant(o, vRegion2) && m.hasVariant(o, vRegion1):
		v = vRegion1
	}
	return v, ok
}

// districtAbroad reports whether a second-level region of output o lies outside the United
// States, whose second-level regions are counties, parishes and boroughs, never districts: a
// capitalised "District" after the name of only American counties names an organisation's
// district ("the St. Louis District" of the Corps of Engineers is no St. Louis County).
func (m *Matcher) districtAbroad(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Region2 && e.Country != "US" && c.flags&fAbbr == 0 {
			return true
		}
	}
	return false
}

func (m *Matcher) hasVariant(o int32, variant uint8) bool {
	for _, c := range m.outs[o].cands {
		if m.fits(c, variant) {
			return true
		}
	}
	return false
}

// hasCapital reports whether a candidate of output o is a national capital.
func (m *Matcher) hasCapital(o int32) bool {
	for _, c := range m.outs[o].cands {
		if m.ent(c.e).FeatureCode == "PPLC" {
			return true
		}
	}
	return false
}

// hasFeature reports whether a candidate of output o is a feature (a continent, a sea, a base).
func (m *Matcher) hasFeature(o int32) bool {
	for _, c := range m.outs[o].cands {
		if m.ent(c.e).Kind == gazetteer.Feature {
			return true
		}
	}
	return false
}

// hasNonIslandFeature reports whether some candidate of o is a feature other than an island:
// a ship may bear an island's name ("The Iwo Jima was operating"), seldom a river's or a sea's.
func (m *Matcher) hasNonIslandFeature(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Feature && e.FeatureCode != "ISL" && e.FeatureCode != "ISLS" {
			return true
		}
	}
	return false
}

// departmentWord reports whether w is the suffix "department" (or its French spelling folded).
func departmentWord(w string) bool { return w == "department" || w == "departement" }
