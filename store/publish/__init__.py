"""Publishing what a fact-checker decided: schema.org ``ClaimReview`` JSON-LD
(``claimreview``) for reviewed groups and saved checks, and one spreadsheet row per figure
(``table``). Both read the store through ``store.corpus.Corpus`` only."""
