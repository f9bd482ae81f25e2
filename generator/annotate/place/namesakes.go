package place

import (
	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

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
	if e.Kind != gazetteer.Place || m.custom[c.e] || c.flags&fCurated != 0 {
		return false
	}
	return g.bigPop >= bigNamesakePop && e.Country != g.bigCountry && e.Population*smallNamesakeRatio <= g.bigPop ||
		g.bigRegionPop >= bigRegionNamesakePop && e.Country != g.bigRegionCountry && e.Population*smallNamesakeRatio <= g.bigRegionPop
}

// bigNamesake reports whether e is the city that makes the group's other candidates small
// namesakes (see smallNamesake): the most populous town of the name, of bigNamesakePop or
// more. It takes no penalty for lying in a country the text names nothing else in: "Rotterdam"
// in a briefing on Iraq that names the U.S. is the Dutch port, not Rotterdam, New York.
func (m *Matcher) bigNamesake(e *gazetteer.Entry, g *group) bool {
	return g != nil && (e.Kind == gazetteer.Place && e.Population >= bigNamesakePop && e.Population == g.bigPop && e.Country == g.bigCountry ||
		e.Kind == gazetteer.Region1 && e.Population >= bigRegionNamesakePop && e.Population == g.bigRegionPop && e.Country == g.bigRegionCountry &&
			(g.bigPop < bigNamesakePop || g.bigCountry != e.Country))
}

// homeNamesake reports whether e is a town with a twentieth or less of the people of a city of
// homeNamesakePop or more of the same name in its own country ("Portland", Texas, beside
// Portland, Oregon): other places of its state alone do not make it the one meant, only a
// place near it does.
func (m *Matcher) homeNamesake(e *gazetteer.Entry, g *group) bool {
	return g.bigPop >= homeNamesakePop && e.Country == g.bigCountry && e.Kind == gazetteer.Place && e.Population*homeNamesakeRatio <= g.bigPop
}

// homeNearness returns the nearness (see nearness) a home namesake needs for its region's
// share: a place within 200 km, or within 50 km beside a city of a million people or more and
// a hundred times its own ("San Diego" beside Laredo, 128 km from San Diego, Texas, is still the
// Californian city of 1.4 million).
func (m *Matcher) homeNearness(e *gazetteer.Entry, g *group) float64 {
	if g.bigPop >= 1000000 && e.Population*100 <= g.bigPop {
		return 2
	}
	return 1.5
}

// homeNamesakePop and homeNamesakeRatio: see homeNamesake.
const (
	homeNamesakePop   = 500000
	homeNamesakeRatio = 20
)

// smallNamesakeRatio and bigNamesakePop: see smallNamesake.
const (
	smallNamesakeRatio   = 15
	bigNamesakePop       = 300000
	bigRegionNamesakePop = 1000000
)
