package main

import (
	"bufio"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Area centres of first-level regions.
//
// GeoNames places a first-level region near the middle of its territory (Quebec at 52,-72,
// Manitoba at 55,-97), not at its seat nor at the middle of its towns, which crowd its south.
// Without the regions' outlines the territory is approximated from the populated places of
// every country: a grid of cells of cellDeg degrees is laid over the globe, each cell goes to
// the region of its nearest place, and only when that place is near enough (reach: reachFactor
// times the distance from the place to its own nearest neighbour, between reachMin and
// reachMax km), so a sparse interior is filled by its few villages while the sea beside a
// densely settled coast is not. A region's point is the area-weighted mean of its cells
// (averaged as unit vectors, so regions across the 180th meridian come out right).
const (
	cellDeg     = 0.25
	reachFactor = 3
	reachMin    = 30.0  // km
	reachMax    = 200.0 // km
	kmPerDeg    = 111.195
)

type site struct {
	lat, lon float64
	region   int32
}

// areaCentres returns the area centre of each first-level region code ("CA.10") that has
// places in the given files (places.tsv, and cities500.txt when not empty).
func areaCentres(src, c500 string) map[string][2]float64 {
	index := map[string]int32{}
	var codes []string
	var sites []site
	seen := map[string]bool{}
	add := func(id, cc, a1, lat, lon string) {
		if seen[id] || cc == "" || a1 == "" || a1 == "00" {
			return
		}
		la, err1 := strconv.ParseFloat(lat, 64)
		lo, err2 := strconv.ParseFloat(lon, 64)
		if err1 != nil || err2 != nil {
			return
		}
		seen[id] = true
		code := cc + "." + a1
		r, ok := index[code]
		if !ok {
			r = int32(len(codes))
			index[code] = r
			codes = append(codes, code)
		}
		sites = append(sites, site{la, lo, r})
	}
	read(filepath.Join(src, "places.tsv"), func(c map[string]string) {
		add(c["geonameid"], c["country"], c["admin1"], c["lat"], c["lon"])
	})
	if c500 != "" {
		f, err := os.Open(c500)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			c := strings.Split(sc.Text(), "\t")
			if len(c) >= 19 && c[6] == "P" {
				add(c[0], c[8], c[10], c[4], c[5])
			}
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
		f.Close()
	}
	// Sites binned by whole degrees.
	bins := map[[2]int][]int32{}
	for i, s := range sites {
		k := [2]int{int(math.Floor(s.lat)), int(math.Floor(s.lon))}
		bins[k] = append(bins[k], int32(i))
	}
	// nearest returns the site nearest to a point among the bins within rlat and rlon bins of
	// its own, and its distance in km (equirectangular); skip is a site left out, with any site
	// less than 1 km away.
	nearest := func(lat, lon float64, rlat, rlon int, skip int32) (int32, float64) {
		clat := math.Max(math.Cos(lat*math.Pi/180), 0.01)
		bl, bo := int(math.Floor(lat)), int(math.Floor(lon))
		best, bd := int32(-1), math.Inf(1)
		for a := bl - rlat; a <= bl+rlat; a++ {
			for b := bo - rlon; b <= bo+rlon; b++ {
				bb := ((b+180)%360+360)%360 - 180
				for _, k := range bins[[2]int{a, bb}] {
					if k == skip {
						continue
					}
					s := sites[k]
					dx := math.Remainder(s.lon-lon, 360) * clat
					dy := s.lat - lat
					d := math.Sqrt(dx*dx+dy*dy) * kmPerDeg
					if d < bd && (skip < 0 || d > 1) {
						best, bd = k, d
					}
				}
			}
		}
		return best, bd
	}
	rings := func(lat float64, km float64) (int, int) {
		clat := math.Max(math.Cos(lat*math.Pi/180), 0.01)
		deg := km / kmPerDeg
		return int(math.Ceil(deg)) + 1, min(int(math.Ceil(deg/clat))+1, 180)
	}
	// Each site's reach.
	reach := make([]float64, len(sites))
	for i, s := range sites {
		rl, ro := rings(s.lat, reachMax/reachFactor)
		_, d := nearest(s.lat, s.lon, rl, ro, int32(i))
		reach[i] = min(max(reachFactor*d, reachMin), reachMax)
	}
	type sum struct{ x, y, z float64 }
	sums := make([]sum, len(codes))
	for lat := -90 + cellDeg/2; lat < 90; lat += cellDeg {
		rl, ro := rings(lat, reachMax)
		w := math.Cos(lat * math.Pi / 180)
		for lon := -180 + cellDeg/2; lon < 180; lon += cellDeg {
			k, d := nearest(lat, lon, rl, ro, -1)
			if k < 0 || d > reach[k] {
				continue
			}
			p, l := lat*math.Pi/180, lon*math.Pi/180
			s := &sums[sites[k].region]
			s.x += w * math.Cos(p) * math.Cos(l)
			s.y += w * math.Cos(p) * math.Sin(l)
			s.z += w * math.Sin(p)
		}
	}
	out := make(map[string][2]float64, len(codes))
	for i, code := range codes {
		s := sums[i]
		if s.x == 0 && s.y == 0 && s.z == 0 {
			continue
		}
		out[code] = [2]float64{
			math.Atan2(s.z, math.Hypot(s.x, s.y)) * 180 / math.Pi,
			math.Atan2(s.y, s.x) * 180 / math.Pi,
		}
	}
	return out
}
