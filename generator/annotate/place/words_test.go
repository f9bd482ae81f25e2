package place

import "testing"

// isArticle answers a word of two letters by its shape alone.
func TestIsArticle(t *testing.T) {
	words := []string{"", "a", "al", "ash", "ask", "as", "a1", "el", "le", "alx", "ath", "adh", "az", "aq"}
	for a := 0; a < 128; a++ {
		for b := 0; b < 128; b++ {
			words = append(words, string([]byte{byte(a), byte(b)}))
		}
	}
	for _, w := range words {
		if got := isArticle([]byte(w)); got != articles[w] {
			t.Errorf("isArticle(%q) = %v", w, got)
		}
	}
}
