"""Training mode: a trainee interviews a simulated applicant (a scenario file), then states conclusions;
the same rules that screen real cases score the interview (coverage, economy, order, conclusions,
referrals). Stages: scenario files -> validated scenarios -> a recorded session -> a scorecard."""
