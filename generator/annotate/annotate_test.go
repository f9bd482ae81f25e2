package annotate_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/markdown"
	"github.com/yuin/goldmark/parser"
)

var (
	matcherOnce sync.Once
	matcher     *place.Matcher
	matcherErr  error
)

func testMatcher(t testing.TB) *place.Matcher {
	matcherOnce.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			matcherErr = err
			return
		}
		matcher, matcherErr = place.NewMatcher(g, place.Options{Aliases: map[string]string{
			"Hawija Pocket": "Hawija", "Jazeera axis": "Jazeera",
		}})
	})
	if matcherErr != nil {
		t.Fatal(matcherErr)
	}
	return matcher
}

func render(t testing.TB, src string, countries ...string) (string, *annotate.Result) {
	t.Helper()
	ext := annotate.New(annotate.Options{Figures: true, Places: true, Matcher: testMatcher(t),
		PlaceURL: func(slug string) string { return "/archive/places/" + slug + "/" }})
	md := markdown.New(markdown.Options{Typographer: true}, ext)
	pc := annotate.WithDocument(parser.NewContext(), annotate.Document{Countries: countries, BodyLine: 5})
	out, err := md.Render([]byte(src), pc)
	if err != nil {
		t.Fatal(err)
	}
	return string(out), annotate.ResultOf(pc)
}

var (
	dataRe  = regexp.MustCompile(`<data class="fig fig-([a-z-]+)[^"]*" value="([^"]*)"[^>]*>(.*?)</data>`)
	placeRe = regexp.MustCompile(`<a class="place" href="([^"]*)" data-country="([A-Z]*)"[^>]*>(.*?)</a>`)
)

// TestSeedBriefing annotates the real DoD article the project is measured against: every
// figure and every place marked up and normalised, nothing else.
func TestSeedBriefing(t *testing.T) {
	raw, err := os.ReadFile("../../../shared/seed-briefing.txt")
	if err != nil {
		t.Skip("shared/seed-briefing.txt not available:", err)
	}
	out, res := render(t, string(raw), "IQ", "SY")

	var figs []string
	for _, m := range dataRe.FindAllStringSubmatch(out, -1) {
		figs = append(figs, m[3]+" = "+m[1]+":"+m[2])
	}
	wantFigs := []string{
		"24 hours = duration:24 hour",
		"1,083 square kilometers = area:1083 km2",
		"about 418 square miles = area:about 418 mi2",
		"seven strikes = count:7 count:strike",
		"Day 126 = operation-day:126 day",
		"Day 126 = operation-day:126 day",
		"17 city blocks = count:17 count:city block",
		"26 square kilometers = area:26 km2",
		"10 square miles = area:10 mi2",
		"24 hours = duration:24 hour",
		"More than 80 percent = percent:more-than 80 percent",
		"24 hours = duration:24 hour",
		"9 square kilometers = area:9 km2",
		"more than 3 square miles = area:more-than 3 mi2",
	}
	if strings.Join(figs, "\n") != strings.Join(wantFigs, "\n") {
		t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(figs, "\n"), strings.Join(wantFigs, "\n"))
	}
	if strings.Contains(out, "fig-mismatch") {
		t.Error("a correct conversion is marked as a mismatch")
	}
	if n := strings.Count(out, "fig-checked"); n != 3 {
		t.Errorf("%d checked conversions, want 3", n)
	}

	places := map[string]string{}
	for _, m := range placeRe.FindAllStringSubmatch(out, -1) {
		places[m[3]] = m[2]
	}
	for name, cc := range map[string]string{
		"Iraq": "IQ", "Syria": "SY", "Hawija Pocket": "IQ", "Kirkuk province": "IQ", "Anbar province": "IQ",
		"Ninevah province": "IQ", "Mosul": "IQ", "Tal Afar": "IQ", "Qaim": "IQ", "Huwija": "IQ", "Rawa": "IQ",
		"Hit": "IQ", "Tuz": "IQ", "Raqqa": "SY", "Jazeera axis": "SY", "Euphrates River Valley": "SY",
		"Khabur River Valley": "SY", "Dayr Az Zawr province": "SY",
	} {
		if got, ok := places[name]; !ok {
			t.Errorf("place %q not marked up", name)
		} else if got != cc {
			t.Errorf("place %q in %s, want %s", name, got, cc)
		}
	}
	for _, bad := range []string{"Islamic State", "Syrian Democratic", "Iraqi", "Pentagon", "Russian", "ISIS", "Manning", "DoD"} {
		for name := range places {
			if strings.Contains(name, bad) {
				t.Errorf("%q marked as a place", name)
			}
		}
	}
	if !strings.Contains(out, "Islamic State of Iraq and Syria fighters") {
		t.Error("the organisation's name was broken up by markup")
	}
	if len(res.Places) == 0 || len(res.Figures) != len(wantFigs) {
		t.Errorf("result: %d places, %d figures", len(res.Places), len(res.Figures))
	}
}

func TestNotInsideCodeLinksOrHTML(t *testing.T) {
	out, res := render(t, "Strikes near `Mosul 7 strikes` and [Raqqa, 80 percent](https://example.org/) "+
		"<span>Kirkuk 5 km</span> and https://example.org/Tikrit/5km.\n\n```\nRaqqa 10 km\n```\n", "IQ", "SY")
	if strings.Contains(out, "<data") || strings.Contains(out, `class="place"`) {
		t.Errorf("annotated inside code, a link, raw HTML or a URL:\n%s", out)
	}
	if len(res.Figures) != 0 || len(res.Places) != 0 {
		t.Errorf("results from skipped text: %+v", res)
	}
}

func TestAcrossLineBreaksAndEmphasis(t *testing.T) {
	out, _ := render(t, "Forces cleared 26 square\nkilometers near Dayr Az\nZawr and *Raqqa* and **Tal Afar**.\n", "SY", "IQ")
	for _, want := range []string{`value="26 km2"`, ">Dayr Az\nZawr</a>", ">Raqqa</a></em>", ">Tal Afar</a></strong>"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// A name or a figure that begins or ends with a whole emphasis is wrapped with it; one that
// begins inside an emphasis it does not cover whole, or runs into a link, is left as it is.
func TestAcrossEmphasisBoundaries(t *testing.T) {
	out, _ := render(t, "Fighting near **Dayr** Az Zawr and in _Hawija_ Pocket and *Kirkuk* province; "+
		"forces cleared **1,083** square kilometers and *seven* strikes hit Raqqa.\n", "IQ", "SY")
	for _, want := range []string{
		`title="Deir ez-Zor (SY)"><strong>Dayr</strong> Az Zawr</a>`,
		`"><em>Hawija</em> Pocket</a>`,
		`title="Kirkuk (IQ)"><em>Kirkuk</em> province</a>`,
		`value="1083 km2"`, `"><strong>1,083</strong> square kilometers</data>`,
		`value="7 count:strike"`, `"><em>seven</em> strikes</data>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	out, _ = render(t, "Fighting in *the Kirkuk* province and near [Dayr](https://example.org/) Az Zawr.\n", "IQ", "SY")
	if strings.Contains(out, `class="place"`) {
		t.Errorf("wrapped a name that begins inside an emphasis or in a link:\n%s", out)
	}
	if !strings.Contains(out, "<em>the Kirkuk</em> province") || !strings.Contains(out, `<a href="https://example.org/">Dayr</a> Az Zawr`) {
		t.Errorf("changed the text around an unwrapped name:\n%s", out)
	}
}

func TestMismatchWarningHasLine(t *testing.T) {
	_, res := render(t, "First paragraph.\n\nThey cleared 100 square kilometers [about 60 square miles].\n")
	if len(res.Warnings) != 1 {
		t.Fatalf("warnings %+v, want one", res.Warnings)
	}
	if w := res.Warnings[0]; w.Line != 7 || !strings.Contains(w.Message, "60") {
		t.Errorf("warning %+v: want line 7 (body starts on line 5)", w)
	}
}

func TestOperations(t *testing.T) {
	_, res := render(t, "Under Operation Inherent Resolve, and later Operation Freedom's Sentinel; not Operations or operation names.\n")
	if got := strings.Join(res.Operations, "|"); got != "Inherent Resolve|Freedom’s Sentinel" {
		t.Errorf("operations %q", got)
	}
}

func TestSwitches(t *testing.T) {
	md := markdown.New(markdown.Options{}, annotate.New(annotate.Options{Figures: false, Places: true}))
	out, _ := md.Render([]byte("Seven strikes hit Raqqa.\n"), nil)
	if strings.Contains(string(out), "<data") || strings.Contains(string(out), "place") {
		t.Errorf("annotations off (places without a matcher) still marked up: %s", out)
	}
}

func BenchmarkAnnotate(b *testing.B) {
	raw, err := os.ReadFile("../../../shared/seed-briefing.txt")
	if err != nil {
		b.Skip(err)
	}
	ext := annotate.New(annotate.Options{Figures: true, Places: true, Matcher: testMatcher(b)})
	md := markdown.New(markdown.Options{Typographer: true}, ext)
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pc := annotate.WithDocument(parser.NewContext(), annotate.Document{Countries: []string{"IQ", "SY"}})
		if _, err := md.Render(raw, pc); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFigureTitles checks the tooltips: the kind, the qualifier said once in words, the
// normalised value, the SI value where it differs, and the conversion check.
func TestFigureTitles(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"More than 80 percent of the city.", `title="percent: more than 80 percent"`},
		{"They cleared about 1,083 square kilometers [418 square miles] of land.", `title="area: about 1083 km2 (1,083,000,000 m2)"`},
		{"They cleared about 1,083 square kilometers [418 square miles] of land.", `title="area: 418 mi2 (1,082,620,000 m2); conversion checked: `},
		{"Aircraft conducted seven strikes.", `title="count: 7 count:strike"`},
	} {
		html, _ := render(t, c.src)
		if !strings.Contains(html, c.want) {
			t.Errorf("%q: no %s in\n%s", c.src, c.want, html)
		}
	}
}

// The briefings annotated by one extension share one Place per place, however many times
// and in however many briefings it is named; another extension (another build) has its own.
func TestPlacesShared(t *testing.T) {
	ext := annotate.New(annotate.Options{Places: true, Matcher: testMatcher(t)})
	annotateWith := func(ext *annotate.Extension, src string) *annotate.Result {
		md := markdown.New(markdown.Options{}, ext)
		pc := annotate.WithDocument(parser.NewContext(), annotate.Document{Countries: []string{"SY"}, BodyLine: 1})
		if _, err := md.Render([]byte(src), pc); err != nil {
			t.Fatal(err)
		}
		return annotate.ResultOf(pc)
	}
	a := annotateWith(ext, "Coalition strikes near Raqqa and Tabqa.\n\nMore near Raqqa.\n")
	b := annotateWith(ext, "Forces in Tabqa moved toward Raqqa.\n")
	other := annotateWith(annotate.New(annotate.Options{Places: true, Matcher: testMatcher(t)}), "Raqqa.\n")
	if len(a.Places) != 2 || len(b.Places) != 2 || len(other.Places) != 1 {
		t.Fatalf("places %v / %v / %v", a.Places, b.Places, other.Places)
	}
	if a.Places[0].Text != "Raqqa" || a.Places[0].Count != 2 || b.Places[1].Text != "Raqqa" || a.Places[0].Country != "SY" {
		t.Fatalf("unexpected places %+v %+v", a.Places, b.Places)
	}
	if a.Places[0].Place != b.Places[1].Place || a.Places[1].Place != b.Places[0].Place {
		t.Error("the same place in two briefings of one extension is not one Place")
	}
	if other.Places[0].Place == a.Places[0].Place || *other.Places[0].Place != *a.Places[0].Place {
		t.Error("another extension should have its own, equal, Place")
	}
}

// TestTableCounts: a bare number filling a table cell counts the noun of its column's
// header, or of its row's label when the header is a generic word; numbers that the table
// gives no noun, labels and header cells stay as they are.
func TestTableCounts(t *testing.T) {
	src := `| Equipment | Number |
|---|---|
| M1 Abrams tanks | 87 |
| Soldiers | about 3,500 |
| 2019 | 12 |

| Country | Approximate troops | Arrival |
|---|---|---|
| Poland | 150 | April 23 |

| Year | Number of strikes |
|---|---|
| 2018 | 47 |

| Unit | Commander |
|---|---|
| 7 | Smith |

| Phase | Notes |
|---|---|
| One | 12 |

| Item | Detail |
|---|---|
| Strikes | 495 |
| Poland | 150 |

| Unit | Strength |
|---|---|
| Headquarters | 40 |
`
	_, res := render(t, src, "PL")
	got := map[string][]string{}
	for _, f := range res.Figures {
		got[f.Text] = append(got[f.Text], string(f.Kind)+" "+f.Unit)
	}
	want := map[string][]string{
		"87":          {"count count:M1 Abrams tank"},
		"about 3,500": {"count count:soldier"},
		"12":          {"number number", "number number"},     // a year's row under a generic header; a header that names no count
		"150":         {"count count:troop", "number number"}, // a header's noun; a place is no noun
		"495":         {"count count:strike"},
		"47":          {"count count:strike"},
		"7":           {"number number"}, // the row's label
		"40":          {"number number"}, // the headquarters' strength, not 40 headquarters
	}
	for text, w := range want {
		if strings.Join(got[text], ", ") != strings.Join(w, ", ") {
			t.Errorf("%q: got %v, want %v", text, got[text], w)
		}
	}
}

// TestTheatreNamingACountry: a theatre that site.yaml does not define but that names a country,
// by its ISO code or its name, gives the briefing that country's context, as a defined theatre's
// countries do; one that names no country gives none.
func TestTheatreNamingACountry(t *testing.T) {
	ext := annotate.New(annotate.Options{Places: true, Matcher: testMatcher(t)})
	md := markdown.New(markdown.Options{}, ext)
	places := func(theatres ...string) []string {
		pc := annotate.WithDocument(parser.NewContext(), annotate.Document{Theatres: theatres, BodyLine: 1})
		if _, err := md.Render([]byte("The cutter returned to Alameda after a patrol.\n"), pc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range annotate.ResultOf(pc).Places {
			got = append(got, p.Text+" "+p.Country)
		}
		return got
	}
	want := []string{"Alameda US"}
	for _, th := range []string{"US", "United States", "the United States"} {
		if got := places(th); !slices.Equal(got, want) {
			t.Errorf("theatre %q: places %v, want %v", th, got, want)
		}
	}
	for _, th := range []string{"Pacific Patrols", "California", "Q"} {
		if got := places(th); len(got) != 0 {
			t.Errorf("theatre %q: places %v, want none", th, got)
		}
	}
}

// TestLocalDollar: with Options.Dollar, a sum in dollars the text does not call American is
// in the site's currency; one that says US dollars stays USD.
func TestLocalDollar(t *testing.T) {
	ext := annotate.New(annotate.Options{Figures: true, Dollar: "AUD"})
	md := markdown.New(markdown.Options{}, ext)
	pc := annotate.WithDocument(parser.NewContext(), annotate.Document{BodyLine: 1})
	src := "The mission cost $38.7 million, 2 million dollars, 50 cents, and US$5 million, " +
		"U.S. $4 million and 3 million U.S. dollars; A$6 million and 7 million Canadian dollars.\n"
	if _, err := md.Render([]byte(src), pc); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range annotate.ResultOf(pc).Figures {
		got = append(got, f.Text+" "+f.Unit)
	}
	want := []string{"$38.7 million AUD", "2 million dollars AUD", "50 cents AUD-cent", "US$5 million USD",
		"$4 million USD", "3 million U.S. dollars USD", "A$6 million AUD", "7 million Canadian dollars CAD"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("figures:\n got %q\nwant %q", got, want)
	}
}
