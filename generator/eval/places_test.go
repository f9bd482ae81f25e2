package eval

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
)

var (
	matcherOnce sync.Once
	testMatcher *place.Matcher
	matcherErr  error
)

func loadMatcher(t testing.TB) *place.Matcher {
	matcherOnce.Do(func() {
		g, err := gazetteer.Load()
		if err != nil {
			matcherErr = err
			return
		}
		testMatcher, matcherErr = place.NewMatcher(g, place.Options{})
	})
	if matcherErr != nil {
		t.Fatal(matcherErr)
	}
	return testMatcher
}

func TestScorePlaces(t *testing.T) {
	m := loadMatcher(t)
	f := func(v float64) *float64 { return &v }
	cc := func(s string) *string { return &s }
	text := "Clashes in Mosul and Ramadi. Paris is quiet. The Iraqi side."
	rows := []Row{{Text: text, placesLabelled: true, Places: []GoldPlace{
		{Start: 11, End: 16, Surface: "Mosul", Country: cc("IQ"), Lat: f(36.34), Lon: f(43.13), Type: "Literal"},
		// gold span a little wider than the prediction: overlap, not strict
		{Start: 20, End: 28, Surface: "Ramadi. ", Country: cc("IQ"), Lat: f(33.42), Lon: f(43.30)},
		// a resolution error: the gold Paris is in Texas
		{Start: 29, End: 34, Surface: "Paris", Country: cc("US"), Lat: f(33.66), Lon: f(-95.56)},
		// a demonym: not scored for recognition, resolved as its country
		{Start: 48, End: 53, Surface: "Iraqi", Country: cc("IQ"), Lat: f(33.0), Lon: f(44.0), Type: "Demonym"},
	}}, {Text: "unlabelled Baghdad"}}
	s := ScorePlaces(rows, m)
	if s.Rows != 1 || s.Gold != 3 || s.Predicted != 3 || s.StrictTP != 2 || s.OverlapTP != 3 {
		t.Fatalf("counts: %+v", s)
	}
	if s.StrictF1 < 0.66 || s.StrictF1 > 0.67 || s.OverlapF1 != 1 {
		t.Errorf("F1: strict %.3f overlap %.3f", s.StrictF1, s.OverlapF1)
	}
	if s.GoldWithCoords != 4 || s.Resolved != 4 || s.CountryAccuracy != 0.75 {
		t.Errorf("resolution: %+v", s)
	}
	if s.AccuracyAt161km < 0.49 || s.AccuracyAt161km > 0.76 {
		t.Errorf("accuracy@161km = %.2f", s.AccuracyAt161km)
	}
}

func TestPlacesEvalTargets(t *testing.T) {
	m := loadMatcher(t)
	// floors a little under the scores reached; a drop below one is a regression
	floors := map[string]struct{ f1, acc, country float64 }{
		"places-lgl.jsonl":    {0.725, 0.882, 0.975},
		"places-trnews.jsonl": {0.83, 0.929, 0.979},
		// no gold countries; its gold labels "West Coast" (of the United States), which the
		// gazetteer lacks and which is no longer tagged as New Zealand's region: F1 0.7598
		"places-geowebnews.jsonl": {0.757, 0.913, 0},
		"places-geovirus.jsonl":   {0.925, 0.833, 0}, // no gold countries
	}
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	for name, fl := range floors {
		path := filepath.Join(dir, name)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("eval data missing: %v", err)
		}
		rows, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := ScorePlaces(rows, m)
		t.Logf("%s: rows %d gold %d pred %d | strict P %.3f R %.3f F1 %.3f | overlap P %.3f R %.3f F1 %.3f | resolution: %d/%d coords, acc@161km %.3f (or same id %.3f), country %.3f (%d), mean error %.0f km, unresolved %d",
			name, s.Rows, s.Gold, s.Predicted, s.StrictP, s.StrictR, s.StrictF1, s.OverlapP, s.OverlapR, s.OverlapF1,
			s.Resolved, s.GoldWithCoords, s.AccuracyAt161km, s.AccuracyAt161kmOrID, s.CountryAccuracy, s.GoldWithCountry, s.MeanErrorKm, s.Unresolved)
		if s.OverlapF1 < fl.f1 || s.AccuracyAt161km < fl.acc || s.CountryAccuracy < fl.country {
			t.Errorf("%s: below the regression floor %+v", name, fl)
		}
	}
}
