package render

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// The geometry of the inline SVG maps and charts. Layouts (partials/map.html,
// partials/timeline.html) draw it; the functions only place things.

// Map is a set of places projected into a Width × Height box.
type Map struct {
	Width, Height float64
	Points        []MapPoint
	Labels        []MapLabel // country names
}

// MapPoint is one place on a map.
type MapPoint struct {
	X, Y, R float64
	Name    string
	URL     string
	Count   int // mentions
}

// MapLabel is a text at a position.
type MapLabel struct {
	X, Y float64
	Text string
}

const mapWidth = 640.0

// mapOf projects up to limit of the places (most mentioned first) that have coordinates,
// keeping only those in countries when it is not empty, with an equirectangular projection
// fitted to their bounding box. Countries named as places become labels, not points. It
// returns nil when no place can be drawn.
func mapOf(places []site.TermCount, countries []string, limit int) *Map {
	inCountry := func(cc string) bool {
		if len(countries) == 0 {
			return true
		}
		for _, c := range countries {
			if c == cc {
				return true
			}
		}
		return false
	}
	type pt struct {
		lat, lon float64
		t        *site.Term
		n        int
	}
	var pts, labels []pt
	for _, tc := range places {
		p := tc.Term.Place
		if p == nil || !p.HasCoords || !inCountry(p.Country) {
			continue
		}
		if p.Kind == "country" {
			labels = append(labels, pt{p.Lat, p.Lon, tc.Term, tc.Count})
			continue
		}
		if len(pts) < limit {
			pts = append(pts, pt{p.Lat, p.Lon, tc.Term, tc.Count})
		}
	}
	if len(pts) == 0 {
		return nil
	}
	minLat, maxLat, minLon, maxLon := pts[0].lat, pts[0].lat, pts[0].lon, pts[0].lon
	maxN := 1
	for _, p := range pts {
		minLat, maxLat = math.Min(minLat, p.lat), math.Max(maxLat, p.lat)
		minLon, maxLon = math.Min(minLon, p.lon), math.Max(maxLon, p.lon)
		maxN = max(maxN, p.n)
	}
	// Pad the box, and give a single place (or a line of places) some room.
	padLat := math.Max((maxLat-minLat)*0.08, 0.5)
	padLon := math.Max((maxLon-minLon)*0.08, 0.5)
	minLat, maxLat, minLon, maxLon = minLat-padLat, maxLat+padLat, minLon-padLon, maxLon+padLon
	kx := math.Cos((minLat + maxLat) / 2 * math.Pi / 180)
	w, h := (maxLon-minLon)*kx, maxLat-minLat
	scale := mapWidth / w
	height := h * scale
	if height > mapWidth { // a tall box: fit the height instead
		scale = mapWidth / h
		height = mapWidth
	}
	height = math.Max(height, 160)
	width := w * scale
	project := func(lat, lon float64) (float64, float64) {
		x := (lon - minLon) * kx * scale
		y := (maxLat-lat)*scale + (height-h*scale)/2
		return round1(x), round1(y)
	}
	m := &Map{Width: round1(width), Height: round1(height)}
	for _, p := range pts {
		x, y := project(p.lat, p.lon)
		r := round1(2.5 + 7*math.Sqrt(float64(p.n)/float64(maxN)))
		m.Points = append(m.Points, MapPoint{X: x, Y: y, R: r, Name: p.t.Name, URL: p.t.URL, Count: p.n})
	}
	// Draw the larger circles first, so small ones stay clickable on top.
	sort.SliceStable(m.Points, func(i, j int) bool { return m.Points[i].R > m.Points[j].R })
	for _, l := range labels {
		x, y := project(l.lat, l.lon)
		if x < 0 || y < 0 || x > m.Width || y > m.Height {
			continue
		}
		m.Labels = append(m.Labels, MapLabel{X: x, Y: y, Text: l.t.Name})
	}
	return m
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

// Chart is a series of figures drawn against time in a Width × Height box.
type Chart struct {
	Width, Height float64
	Left, Bottom  float64 // the plot area's left and bottom edges
	Path          string  // SVG path data of the line
	Dots          []ChartDot
	YTicks        []ChartTick
	XTicks        []ChartTick
	Sampled       bool // more points than drawn: every k-th is shown
}

// ChartDot is one drawn point.
type ChartDot struct {
	X, Y  float64
	Title string // date and figure as written
	URL   string // the briefing
}

// ChartTick is an axis label at a position.
type ChartTick struct {
	Pos  float64
	Text string
}

// chartMaxPoints is the most points a chart draws; longer series are sampled evenly.
const chartMaxPoints = 200

// chartOf lays out a series (oldest first) as a line chart, its y axis starting at zero.
func chartOf(s site.Series) *Chart {
	if len(s.Points) == 0 {
		return nil
	}
	const w, h, left, right, top, bottom = 640.0, 220.0, 56.0, 12.0, 12.0, 28.0
	c := &Chart{Width: w, Height: h, Left: left, Bottom: h - bottom}
	pts := s.Points
	if len(pts) > chartMaxPoints {
		step := float64(len(pts)) / chartMaxPoints
		var sampled []site.Point
		for i := 0.0; int(i) < len(pts); i += step {
			sampled = append(sampled, pts[int(i)])
		}
		if sampled[len(sampled)-1].Briefing != pts[len(pts)-1].Briefing {
			sampled = append(sampled, pts[len(pts)-1])
		}
		pts, c.Sampled = sampled, true
	}
	t0, t1 := pts[0].Date.Unix(), pts[len(pts)-1].Date.Unix()
	lo, hi := 0.0, 0.0
	for _, p := range pts {
		lo, hi = math.Min(lo, p.Value), math.Max(hi, p.Value)
	}
	if hi == lo {
		hi = lo + 1
	}
	hi = niceCeil(hi)
	x := func(t time.Time) float64 {
		if t1 == t0 {
			return round1(left + (w-left-right)/2)
		}
		return round1(left + float64(t.Unix()-t0)/float64(t1-t0)*(w-left-right))
	}
	y := func(v float64) float64 { return round1(top + (hi-v)/(hi-lo)*(h-top-bottom)) }
	var path strings.Builder
	for i, p := range pts {
		px, py := x(p.Date), y(p.Value)
		if i == 0 {
			path.WriteByte('M')
		} else {
			path.WriteByte('L')
		}
		path.WriteString(strconv.FormatFloat(px, 'f', -1, 64))
		path.WriteByte(' ')
		path.WriteString(strconv.FormatFloat(py, 'f', -1, 64))
		c.Dots = append(c.Dots, ChartDot{X: px, Y: py, URL: p.Briefing.URL,
			Title: p.Date.Format("2 Jan 2006") + ": " + p.Figure.Text})
	}
	c.Path = path.String()
	for _, v := range []float64{lo, (lo + hi) / 2, hi} {
		c.YTicks = append(c.YTicks, ChartTick{Pos: y(v), Text: formatValue(v)})
	}
	c.XTicks = append(c.XTicks, ChartTick{Pos: x(pts[0].Date), Text: pts[0].Date.Format("Jan 2006")})
	if t1 != t0 {
		c.XTicks = append(c.XTicks, ChartTick{Pos: x(pts[len(pts)-1].Date), Text: pts[len(pts)-1].Date.Format("Jan 2006")})
	}
	return c
}

// niceCeil rounds v up to 1, 2, 2.5 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return v
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if v <= m*p {
			return m * p
		}
	}
	return 10 * p
}

// formatValue writes a figure's value: an integer with separators, else up to two decimals.
func formatValue(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return formatNumber(int(v))
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}
