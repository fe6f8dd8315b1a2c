package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestMentionModelReproducible retrains the mention model from the shared
// data exactly as 'go run ./cmd/train-ner' does (cross-validation
// included) and checks that it is byte for byte the embedded
// nlp/ner/mentions.bin: the shipped model is what the command builds.
func TestMentionModelReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(root, "..", "shared", "data")
	if _, err := os.Stat(filepath.Join(data, "ner", "re3d")); err != nil {
		t.Skipf("no shared data in %s", data)
	}
	out := filepath.Join(t.TempDir(), "mentions.bin")
	stdout := os.Stdout
	os.Stdout, _ = os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	err = runMentions(data, out, 0, defaultMentionMaxEpochs, mentionFolds, defaultMentionBits)
	os.Stdout = stdout
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "nlp", "ner", "mentions.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("retrained mention model (%d bytes) differs from nlp/ner/mentions.bin (%d bytes): run go run ./cmd/train-ner", len(got), len(want))
	}
}
