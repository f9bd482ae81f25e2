package place

import (
	"strings"
	"testing"
)

// ResolveSpan: a name the gazetteer lacks, or finds by part of it only, is in the place the
// text names right after it ("X in Y"), else in the document's focus as ResolveName has it.
func TestResolveSpan(t *testing.T) {
	m := testMatcher(t)
	lyon := "Lyon police said on Monday that Lyon and the suburbs of Lyon were calm. "
	boston := "Boston police said on Monday that Boston and the suburbs of Boston were calm. "
	for _, c := range []struct {
		text, span string
		name, cc   string // want: the place's name and country
	}{
		{lyon + "The suspect was seen at the Zorbel Gallery in Marseille on Friday.", "Zorbel Gallery", "Marseille", "FR"},
		{lyon + "The suspect was seen near the Zorbel Gallery near Marseille.", "Zorbel Gallery", "Marseille", "FR"},
		{lyon + "The suspect ran from the Zorbel Gallery outside Marseille.", "Zorbel Gallery", "Marseille", "FR"},
		// No word of place between them: the focus.
		{lyon + "The Zorbel Gallery, Marseille collectors say, is closed.", "Zorbel Gallery", "Lyon", "FR"},
		{lyon + "The Zorbel Gallery and Marseille were quiet.", "Zorbel Gallery", "Lyon", "FR"},
		// A country does not decide when the focus lies inside it: the focus.
		{lyon + "The suspect was seen at the Zorbel Gallery in France.", "Zorbel Gallery", "Lyon", "FR"},
		// It does when the focus lies outside it, with a compass word or without.
		{boston + "He was born in the village of Quistleby in southern Italy.", "Quistleby", "Italy", "IT"},
		{boston + "He was born in the village of Quistleby in Italy.", "Quistleby", "Italy", "IT"},
		// A compass word that begins the name is the name's.
		{boston + "The suspect was seen at the Zorbel Gallery in South Boston.", "Zorbel Gallery", "South Boston", "US"},
		{lyon + "The suspect was seen at the Zorbel Gallery in southern Marseille.", "Zorbel Gallery", "Marseille", "FR"},
		// A state with a city of its name inside it: the city.
		{boston + "She once cooked at the Quistleby Bistro in New York.", "Quistleby Bistro", "New York City", "US"},
		// Found by part of its name: the place after it before the namesake elsewhere.
		{boston + "A researcher at Springfield Academy in Worcester agreed.", "Springfield Academy", "Worcester", "US"},
	} {
		ms := m.Resolve([]string{c.text}, nil)
		start := strings.Index(c.text, c.span)
		got, ok := m.ResolveSpan(c.text, start, start+len(c.span), ms, nil)
		if !ok || got.Name != c.name || got.Country != c.cc {
			t.Errorf("%q in %q = %s (%s, %s), want %s (%s)", c.span, c.text, got.Name, got.Kind, got.Country, c.name, c.cc)
		}
	}
	text := lyon + "The suspect was seen at the Zorbel Gallery in Marseille."
	ms := m.Resolve([]string{text}, nil)
	// ResolveName has no text: the focus.
	if got, _ := m.ResolveName("Zorbel Gallery", ms, nil); got.Name != "Lyon" {
		t.Errorf("ResolveName(Zorbel Gallery) = %s, want Lyon", got.Name)
	}
	for _, r := range [][2]int{{-1, 3}, {5, 5}, {0, len(text) + 1}} {
		if got, ok := m.ResolveSpan(text, r[0], r[1], ms, nil); ok {
			t.Errorf("ResolveSpan(%d, %d) = %s, want no place", r[0], r[1], got.Name)
		}
	}
}

// An acronym in capitals is the place of the document whose name's initials it is: a place a
// mention names, else the country of one.
func TestResolveNameInitials(t *testing.T) {
	m := testMatcher(t)
	for _, c := range []struct {
		text, name string
		want, cc   string // the place's name and country; want "" for anything but cc
	}{
		{"Miners in Rustenburg and Durban met the minister.", "SA", "South Africa", "ZA"},
		{"The delegation from Port of Spain, Trinidad, left early.", "T&T", "Trinidad and Tobago", "TT"},
		{"Aid reached Kinshasa and Goma by road.", "D.R.C.", "Democratic Republic of the Congo", "CD"},
		{"Crews in Sacramento and Fresno said the fires were out.", "SF", "", "!ZA"},
	} {
		ms := m.Resolve([]string{c.text}, nil)
		got, ok := m.ResolveName(c.name, ms, nil)
		switch {
		case c.want == "" && strings.HasPrefix(c.cc, "!"):
			if ok && got.Country == c.cc[1:] {
				t.Errorf("%q in %q = %s (%s), want none in %s", c.name, c.text, got.Name, got.Country, c.cc[1:])
			}
		case !ok || got.Name != c.want || got.Country != c.cc:
			t.Errorf("%q in %q = %s (%s, %s), want %s (%s)", c.name, c.text, got.Name, got.Kind, got.Country, c.want, c.cc)
		}
	}
}

func TestAcronymLetters(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"SA", "SA", true}, {"T&T", "TT", true}, {"P.N.G.", "PNG", true}, {" UAE ", "UAE", true},
		{"S", "", false}, {"Sa", "", false}, {"ABCDEF", "", false}, {"S A", "", false}, {"É.U.", "", false},
	} {
		got, ok := acronymLetters(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("acronymLetters(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	for in, want := range map[string]string{"Trinidad and Tobago": "TT", "Democratic Republic of the Congo": "DRC", "Bosnia-Herzegovina": "BH", "South Africa": "SA"} {
		if got := initialsOf(in); got != want {
			t.Errorf("initialsOf(%q) = %q, want %q", in, got, want)
		}
	}
}
