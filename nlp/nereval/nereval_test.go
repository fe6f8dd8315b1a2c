package nereval

import (
	"strings"
	"testing"
)

// A sentence from re3d's training file (TOKEN<TAB>TAG, BIO, re3d types).
const re3dSnippet = "The\tB-Organisation\nMembers\tI-Organisation\nof\tI-Organisation\nthe\tI-Organisation\nSecurity\tI-Organisation\nCouncil\tI-Organisation\nare\tO\nencouraged\tO\nby\tO\nthe\tO\ndecision\tO\nof\tO\nIraqi\tB-Nationality\nPresident\tB-Person\nFuad\tI-Person\nMasum\tI-Person\n.\tO\n\n" +
	"Coalition\tB-Organisation\nnations\tI-Organisation\nstruck\tO\nnear\tO\nPalmyra\tB-Location\n,\tO\nSyria\tB-Location\n.\tO\n"

func TestReadCoNLLMapsRe3dTypes(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(re3dSnippet))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 2 {
		t.Fatalf("got %d docs, want 1 with 2 sentences", len(docs))
	}
	got := docs[0].Sentences[0].Spans
	want := []Span{{0, 6, "ORG"}, {13, 16, "PER"}} // Nationality is not scored
	if len(got) != len(want) {
		t.Fatalf("spans %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %v, want %v", i, got[i], want[i])
		}
	}
	s2 := docs[0].Sentences[1].Spans
	if len(s2) != 3 || s2[1] != (Span{4, 5, "LOC"}) || s2[2] != (Span{6, 7, "LOC"}) {
		t.Errorf("second sentence spans %v", s2)
	}
}

func TestReadCoNLLDocstartAndIO(t *testing.T) {
	in := "-DOCSTART- -X- O O\n\nEU I-ORG\nrejects O\nGerman I-MISC\ncall O\n\n-DOCSTART- -X- O O\n\nPeter I-PER\nBlackburn I-PER\n"
	docs, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if sp := docs[0].Sentences[0].Spans; len(sp) != 1 || sp[0] != (Span{0, 1, "ORG"}) {
		t.Errorf("doc 1 spans %v", sp)
	}
	if sp := docs[1].Sentences[0].Spans; len(sp) != 1 || sp[0] != (Span{0, 2, "PER"}) {
		t.Errorf("IO tags should join into one span, got %v", sp)
	}
}

func TestScoreBoundaryErrorIsFPAndFN(t *testing.T) {
	// "Ukrainian President Volodymyr Zelensky visited Kursk ."
	gold := [][]Span{{{2, 4, "PER"}, {5, 6, "LOC"}}}
	pred := [][]Span{{{1, 4, "PER"}, {5, 6, "LOC"}}} // title wrongly included
	s := Score(gold, pred)
	per := s.PerClass["PER"]
	if per.TP != 0 || per.FP != 1 || per.FN != 1 {
		t.Errorf("PER counts %+v, want 0 TP, 1 FP, 1 FN", per)
	}
	if s.Micro.TP != 1 || s.Micro.FP != 1 || s.Micro.FN != 1 {
		t.Errorf("micro counts %+v", s.Micro)
	}
	if p, r, f := s.Micro.P(), s.Micro.R(), s.Micro.F1(); p != 0.5 || r != 0.5 || f != 0.5 {
		t.Errorf("micro P/R/F1 = %v/%v/%v, want 0.5 each", p, r, f)
	}
	// Right span, wrong class: also one FP and one FN.
	s = Score([][]Span{{{0, 1, "LOC"}}}, [][]Span{{{0, 1, "ORG"}}})
	if s.PerClass["LOC"].FN != 1 || s.PerClass["ORG"].FP != 1 || s.Micro.F1() != 0 {
		t.Errorf("class confusion scored %+v", s)
	}
}

// The first rows of the GMB CSV, plus a person with a title.
const gmbSnippet = `Sentence #,Word,POS,Tag
Sentence: 1,Thousands,NNS,O
,of,IN,O
,demonstrators,NNS,O
,have,VBP,O
,marched,VBN,O
,through,IN,O
,London,NNP,B-geo
,to,TO,O
,protest,VB,O
,the,DT,O
,war,NN,O
,in,IN,O
,Iraq,NNP,B-geo
,.,.,O
Sentence: 2,Iranian,JJ,B-gpe
,officials,NNS,O
,say,VBP,O
,President,NNP,B-per
,Mahmoud,NNP,I-per
,Ahmadinejad,NNP,I-per
,spoke,VBD,O
,.,.,O
Sentence: 3,Helicopter,NN,O
`

func TestReadGMBAndNormalize(t *testing.T) {
	docs, err := ReadGMB(strings.NewReader(gmbSnippet))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Sentences) != 2 {
		t.Fatalf("want 1 doc of 2 sentences (cut-off last one dropped), got %+v", docs)
	}
	s1 := docs[0].Sentences[0].Spans
	if len(s1) != 2 || s1[0] != (Span{6, 7, "LOC"}) || s1[1] != (Span{12, 13, "LOC"}) {
		t.Errorf("sentence 1 spans %v", s1)
	}
	raw := docs[0].Sentences[1].Spans
	if len(raw) != 2 || raw[0] != (Span{0, 1, "LOC"}) || raw[1] != (Span{3, 6, "PER"}) {
		t.Errorf("raw GMB spans %v, want gpe Iranian as LOC and titled PER", raw)
	}
	norm := Normalize(docs)[0].Sentences[1].Spans
	if len(norm) != 1 || norm[0] != (Span{4, 6, "PER"}) {
		t.Errorf("normalized spans %v, want only Mahmoud Ahmadinejad", norm)
	}
}

// Two tokens of MEANTIME's JSON: a two-token ORG mention, a pronoun mention
// of the same chain, and an event.
const meantimeSnippet = `[
{"topic/subtopic_name": "corpus_airbus/100911", "sent_id": 0, "token_id": 0, "token": "Northrop", "reference": "(cross_intra_ORG37154720130514282"},
{"topic/subtopic_name": "corpus_airbus/100911", "sent_id": 0, "token_id": 1, "token": "Grumman", "reference": "cross_intra_ORG37154720130514282)"},
{"topic/subtopic_name": "corpus_airbus/100911", "sent_id": 0, "token_id": 2, "token": "and", "reference": "-"},
{"topic/subtopic_name": "corpus_airbus/100911", "sent_id": 0, "token_id": 3, "token": "its", "reference": "(cross_intra_ORG37154720130514282)"},
{"topic/subtopic_name": "corpus_airbus/100911", "sent_id": 0, "token_id": 4, "token": "defeat", "reference": "(cross_intra_OTH40007248568632246)"},
{"topic/subtopic_name": "corpus_airbus/100911", "sent_id": 0, "token_id": 5, "token": "Boeing", "reference": "(cross_intra_ORG37154719725500990)"}
]`

func TestReadMEANTIME(t *testing.T) {
	docs, err := ReadMEANTIME(strings.NewReader(meantimeSnippet))
	if err != nil {
		t.Fatal(err)
	}
	got := docs[0].Sentences[0].Spans
	want := []Span{{0, 2, "ORG"}, {5, 6, "ORG"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("spans %v, want %v (pronoun and event skipped)", got, want)
	}
}
