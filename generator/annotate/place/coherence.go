package place

import (
	"math"
	"slices"
	"sort"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

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
