package place

import "testing"

// The site's operation names block the place names inside them, even without "Operation",
// unless a code name is a place name itself.
func TestCodeNames(t *testing.T) {
	testMatcher(t)
	m, err := NewMatcher(gaz, Options{CodeNames: []string{"Atlantic Resolve", "Pacific Eagle-Philippines", "OAR", "Sirte"}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		name string // a name
		want string // the name of the place it resolves to, "" when none
	}{
		{"Troops in Poland support Atlantic Resolve with armor.", "Atlantic", ""},
		{"Troops in Poland support Atlantic Resolve with armor.", "Poland", "Poland"},
		{"Support to Pacific Eagle-Philippines went on near Marawi.", "Philippines", ""},
		{"Support to Pacific Eagle-Philippines went on near Marawi.", "Marawi", "Marawi City"},
		// outside the code name, the place is found
		{"Ships crossed the Atlantic to Poland.", "Atlantic", "Atlantic Ocean"},
		{"The Philippines hosted Balikatan near Manila.", "Philippines", "Philippines"},
		// a code name that is a place name blocks nothing
		{"Strikes hit Sirte in Libya.", "Sirte", "Sirte"},
	}
	placeOf := func(ms []Mention, text string) string {
		for _, m := range ms {
			if m.Text == text {
				return m.Place.Name
			}
		}
		return ""
	}
	for _, c := range cases {
		got := m.Resolve([]string{c.text}, nil)
		if p := placeOf(got, c.name); p != c.want {
			t.Errorf("%s in %q: %q, want %q (%+v)", c.name, c.text, p, c.want, got)
		}
	}
	// a code name alone in its segment (a heading, emphasis before a link) is not the ocean;
	// without the option, it is
	text := []string{"Atlantic Resolve", ") continues in Tapa."}
	for _, c := range []struct {
		m    *Matcher
		want int
	}{{m, 0}, {testMatcher(t), 1}} {
		n := 0
		for _, x := range c.m.Resolve(text, nil) {
			if x.Text == "Atlantic" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%d mentions of Atlantic in %q, want %d", n, text, c.want)
		}
	}
}
