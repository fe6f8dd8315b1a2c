package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Two documents in CoNLL form: BIO tags with GMB's and re3d's labels in
// the first (a nationality word tagged gpe, a title inside the person span,
// a MISC that is not scored), IO tags in the second.
const nerGold = `-DOCSTART- -X- O O

Ukrainian	B-gpe
President	B-per
Volodymyr	I-per
Zelensky	I-per
said	O
Russian	B-MISC
forces	O
lost	O
a	O
battalion	O
near	O
Makhnovka	B-geo
in	O
the	O
Kursk	B-Location
region	O
.	O

-DOCSTART- -X- O O

The	O
United	I-ORG
Nations	I-ORG
sent	O
aid	O
to	O
Pokrovsk	I-LOC
.	O
`

func writeGold(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gold.conll")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

type nerJSON map[string]json.RawMessage

func (r nerJSON) f1(t *testing.T, class string) (p, rec, f float64) {
	t.Helper()
	var s struct{ P, R, F1 float64 }
	if err := json.Unmarshal(r[class], &s); err != nil {
		t.Fatalf("%s: %v", class, err)
	}
	return s.P, s.R, s.F1
}

func evalNERJSON(t *testing.T, gold string, args ...string) nerJSON {
	t.Helper()
	out, stderr, code := run(t, append([]string{"eval", "ner", "--gold", writeGold(t, gold), "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var r nerJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	return r
}

func TestEvalNERScoresRealExtraction(t *testing.T) {
	r := evalNERJSON(t, nerGold)
	// CoNLL conventions: the title is cut from the gold person, "Ukrainian"
	// (gpe) is dropped, and the extractor's "Russian" -> Russia mention is
	// left out as a nationality word; the five names are all found.
	for _, c := range []string{"PER", "LOC", "ORG", "micro"} {
		if p, rec, f := r.f1(t, c); p != 1 || rec != 1 || f != 1 {
			t.Errorf("%s: p %.3f r %.3f f1 %.3f, want 1", c, p, rec, f)
		}
	}
	var words int
	json.Unmarshal(r["words"], &words)
	if words != 25 {
		t.Errorf("words %d, want 25", words)
	}
}

func TestEvalNERRawSpansAndWrongGold(t *testing.T) {
	// With the corpus's own spans, "President Volodymyr Zelensky" and the
	// gpe "Ukrainian" are gold the extractor (rightly) does not produce.
	r := evalNERJSON(t, nerGold, "--conll-spans=false")
	if _, rec, _ := r.f1(t, "PER"); rec != 0 {
		t.Errorf("raw PER recall %.3f, want 0: the gold span includes the title", rec)
	}
	if _, rec, _ := r.f1(t, "LOC"); rec != 0.75 {
		t.Errorf("raw LOC recall %.3f, want 0.75 (Ukrainian missed)", rec)
	}
	// Gold that calls Kursk an organisation costs a LOC false positive and
	// an ORG false negative.
	r = evalNERJSON(t, strings.Replace(nerGold, "Kursk\tB-Location", "Kursk\tB-Organisation", 1))
	if p, _, _ := r.f1(t, "LOC"); p != 2.0/3 && p != 0.6667 {
		t.Errorf("LOC precision %.4f, want 2/3", p)
	}
	if _, rec, _ := r.f1(t, "ORG"); rec != 0.5 {
		t.Errorf("ORG recall %.3f, want 0.5", rec)
	}
}

func TestEvalNERText(t *testing.T) {
	out, stderr, code := run(t, "eval", "ner", "--gold", writeGold(t, nerGold))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"PER", "LOC", "ORG", "micro", "25 words"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := run(t, "eval", "ner", "--gold", "/does/not/exist.conll"); code == 0 {
		t.Error("a missing gold file should fail")
	}
}
