package render

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestLDEncodersMatchEncodingJSON writes many JSON-LD values, with empty and tricky strings,
// missing parts and odd numbers, by hand and with json.Marshal, and wants the same bytes.
func TestLDEncodersMatchEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"", "Raqqa", "Qā’im", `"quoted"`, `back\slash`, "<script>", "</script>", "a & b", "x > y",
		"tab\there", "line\nbreak", "\r", "\b\f", "\x01\x1f", "\u2028\u2029", "bad \xff byte", "✓ 😀", "https://example.org/a?b=1&c=2"}
	str := func() string {
		s := ""
		for n := r.IntN(3); n > 0; n-- {
			s += pieces[r.IntN(len(pieces))]
		}
		return s
	}
	nums := []float64{0, 1, -2.5, 33.3128, 1e-7, 123456789, 1.5e21, -0.000001, 44.36}
	num := func() float64 { return nums[r.IntN(len(nums))] }
	place := func() ldPlace {
		p := ldPlace{Type: str(), Name: str(), URL: str()}
		if r.IntN(2) == 0 {
			p.Geo = &ldGeo{Type: str(), Latitude: num(), Longitude: num()}
		}
		if r.IntN(2) == 0 {
			p.Address = &ldAddress{Type: str(), AddressCountry: str(), AddressRegion: str()}
		}
		return p
	}
	places := func() []ldPlace {
		var ps []ldPlace
		for n := r.IntN(3); n > 0; n-- {
			ps = append(ps, place())
		}
		return ps
	}
	thing := func() ldThing { return ldThing{Type: str(), Name: str(), URL: str()} }
	var values []any
	for range 400 {
		a := ldArticle{Context: str(), Type: str(), Headline: str(), Description: str(), URL: str(), MainEntityOfPage: str(),
			DatePublished: str(), Publisher: thing(), ContentLocation: places(), Keywords: str(), WordCount: r.IntN(3) * 417, IsBasedOn: str()}
		if r.IntN(2) == 0 {
			a.Author = &ldThing{Type: str(), Name: str()}
		}
		for n := r.IntN(3); n > 0; n-- {
			a.About = append(a.About, thing())
		}
		c := ldCollection{Context: str(), Type: str(), Name: str(), Description: str(), URL: str(), Temporal: str(), Spatial: places()}
		switch r.IntN(3) {
		case 1:
			c.About = place()
		case 2:
			c.About = thing()
		}
		bl := ldBreadcrumbs{Context: str(), Type: str()}
		for n := r.IntN(4); n > 0; n-- {
			bl.Items = append(bl.Items, ldListItem{Type: str(), Position: r.IntN(20), Name: str(), Item: str()})
		}
		values = append(values, a, c, bl)
	}
	for _, v := range values {
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := encodeLD(v)
		if !ok {
			t.Fatalf("%T not written by hand", v)
		}
		if string(got) != string(want) {
			t.Fatalf("%T:\n got %s\nwant %s", v, got, want)
		}
	}
	if _, ok := encodeLD(map[string]int{"x": 1}); ok {
		t.Error("other values should go to encoding/json")
	}
}
