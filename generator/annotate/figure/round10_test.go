package figure

import "testing"

func TestFindPluralModifier(t *testing.T) {
	// a plural in lower case before a plural noun modifies it
	checkFind(t, "Raids found six weapons caches, 12 weapons systems and four operations centers; 5 communications towers fell.", []want{
		{"six weapons caches", "6 count:weapons cache", Count}, {"12 weapons systems", "12 count:weapons system", Count},
		{"four operations centers", "4 count:operations center", Count}, {"5 communications towers", "5 count:communications tower", Count}})
	// not before an adverb or a word in -s that is no noun, a verb in -s, or a stop word
	checkFind(t, "They met 3 days afterwards and 2 weeks thanks to rain; 4 units always train, and 5 crews includes.", []want{
		{"3 days", "3 day", Duration}, {"2 weeks", "2 week", Duration}, {"4 units", "4 count:unit", Count}, {"5 crews", "5 count:crew", Count}})
}

func TestLemmaChe(t *testing.T) {
	// nouns in -che take an s; nouns in -ch take "es"
	for in, want := range map[string]string{"caches": "cache", "headaches": "headache", "tranches": "tranche",
		"niches": "niche", "avalanches": "avalanche", "coaches": "coach", "branches": "branch", "churches": "church",
		"beaches": "beach", "approaches": "approach", "breaches": "breach"} {
		if got := Lemma(in); got != want {
			t.Errorf("Lemma(%q) = %q, want %q", in, got, want)
		}
	}
	checkFind(t, "The money came in four tranches and 2 branches.", []want{
		{"four tranches", "4 count:tranche", Count}, {"2 branches", "2 count:branch", Count}})
}

func TestFindLengthRateSpeed(t *testing.T) {
	// a length per a unit of time is a speed, in its canonical unit when it has one
	checkFind(t, "The round leaves at 3,000 feet per second; columns advanced 20 miles a day and 500 feet per minute.", []want{
		{"3,000 feet per second", "3000 ft/s", Speed}, {"20 miles a day", "20 mi/day", Speed}, {"500 feet per minute", "500 ft/minute", Speed}})
	// not a volume's rate, nor a length before a word that places a time
	checkFind(t, "They pumped 40 liters per day and walked 3 miles a day later.", []want{
		{"40 liters per day", "40 l/day", Volume}, {"3 miles", "3 mi", Length}})
}

func TestFindCorrectionAlone(t *testing.T) {
	// "no", "uh" or "um" alone, or a hedge, between a bare number and a figure
	checkFind(t, "There were 19, no, 20 ships; we lost two, uh, three Bradleys and fired about 60, maybe 70 rounds, 300 -- perhaps 400 meters away.", []want{
		{"19", "19 count:ship", Count}, {"20 ships", "20 count:ship", Count}, {"two", "2 count:Bradley", Count},
		{"three Bradleys", "3 count:Bradley", Count}, {"about 60", "about 60 count:round", Count}, {"70 rounds", "70 count:round", Count},
		{"300", "300 m", Length}, {"400 meters", "400 m", Length}})
	// not other words, nor "no" before another word
	checkFind(t, "We saw 300, then 400 meters; 19, no more than 20 ships.", []want{
		{"300", "300 number", Number}, {"400 meters", "400 m", Length}, {"19", "19 number", Number}, {"no more than 20 ships", "at-most 20 count:ship", Count}})
}

func TestFindComparedUnit(t *testing.T) {
	// a bare number compared with the figure just before it takes its unit
	checkFind(t, "It has 78 working radars, down from 92 in January; 83 F-35s, down from a planned 91; readiness of 78%, up from 60.", []want{
		{"78 working radars", "78 count:working radar", Count}, {"92", "92 count:working radar", Count},
		{"83 F-35s", "83 count:F-35", Count}, {"91", "91 count:F-35", Count}, {"78%", "78 percent", Percent}, {"60", "60 percent", Percent}})
	checkFind(t, "The brigade has 4,000 soldiers, compared with 3,200 last year, and 1,200 tons, not 1,020.", []want{
		{"4,000 soldiers", "4000 count:soldier", Count}, {"3,200", "3200 count:soldier", Count},
		{"1,200 tons", "1200 ton", Mass}, {"1,020", "1020 ton", Mass}})
	// not when a multiplier is left out, nor after "not" and a word; a count's noun carries
	// across words of its clause to a comparison (shareElidedNoun: "45 incidents last month,
	// up from 30")
	checkFind(t, "The budget is $849.8 billion, up from 816.7; 45 incidents last month, up from 30; 12 ships, not even 14.", []want{
		{"$849.8 billion", "849800000000 USD", Money}, {"816.7", "816.7 number", Number},
		{"45 incidents", "45 count:incident", Count}, {"30", "30 count:incident", Count}, {"12 ships", "12 count:ship", Count}, {"14", "14 number", Number}})
}

func TestFindBitUnits(t *testing.T) {
	// bits in words, with SI prefixes, and per second
	checkFind(t, "The attack peaked at 3.47 terabits per second and moved 40 gigabits a day and 2 kilobits.", []want{
		{"3.47 terabits per second", "3.47 Tbps", Other}, {"40 gigabits a day", "40 Gbit/day", Other}, {"2 kilobits", "2 kbit", Other}})
}
