package place

import (
	"slices"
	"testing"
)

// A one-word name after a capitalised word and an Arabic article ends a longer Arabic name,
// a town's or a person's; after a function word, a modifier, a demonym, a possessive or a
// sentence's opening verb it is the place.
func TestNameAfterArabicHead(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Cleric Muqtada al-Sadr met supporters.", []string{"IQ"}, nil},
		{"Fighters seized Kafr Nabl and Maarat al-Numan.", []string{"SY"},
			[]want{{"Kafr Nabl", "SY", "city", 0}, {"Maarat al-Numan", "SY", "city", 167611}}},
		{"Fighters seized Jabal al-Numan.", []string{"SY"}, nil},
		{"Near al-Tanf, forces detained a courier. Retaking al-Qaim took weeks.", []string{"SY", "IQ"},
			[]want{{"al-Tanf", "SY", "feature", 0}, {"al-Qaim", "IQ", "city", 0}}},
		{"Turkey's al-Bab offensive reached northern al-Anbar.", []string{"SY", "IQ"},
			[]want{{"Turkey", "TR", "country", 0}, {"al-Bab", "SY", "city", 0}, {"al-Anbar", "IQ", "region1", 0}}},
		{"Forces Retake al-Bab", []string{"SY"},
			[]want{{"al-Bab", "SY", "city", 0}}},
	})
}

// The press writes "al" where GeoNames writes the article as spoken before the next consonant
// ("ash", "ad", "an"): each matches.
func TestAssimilatedArticleInsideName(t *testing.T) {
	m := testMatcher(t)
	checkCases(t, m, []resolveCase{
		{"Fighters seized Jisr al-Shughur and Maarrat al-Numan.", []string{"SY"},
			[]want{{"Jisr al-Shughur", "SY", "city", 169023}, {"Maarrat al-Numan", "SY", "city", 167611}}},
		{"Forces moved between Anbar, Salah al-Din province and Nineveh.", []string{"IQ"},
			[]want{{"Anbar", "IQ", "region1", 0}, {"Salah al-Din province", "IQ", "region1", 91695}, {"Nineveh", "IQ", "region1", 0}}},
		{"Forces cleared Salahuddin; rockets hit Ayn al-Asad.", []string{"IQ"},
			[]want{{"Salahuddin", "IQ", "region1", 91695}, {"Ayn al-Asad", "IQ", "feature", -93}}},
	})
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"jisr", "ash", "shughur"}, []string{"jisr", "al", "shughur"}},
		{[]string{"tall", "ad", "daman"}, []string{"tall", "al", "daman"}},
		{[]string{"ash", "shaddadah"}, nil}, // a leading article has a key without it
		{[]string{"deir", "ez", "zor"}, []string{"deir", "al", "zor"}},
		{[]string{"frankfurt", "an"}, nil}, // the last word is the name's own
		{[]string{"raqqa"}, nil},
	} {
		if got := alArticle(c.in); !slices.Equal(got, c.want) {
			t.Errorf("alArticle(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
