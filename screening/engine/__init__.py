"""The rules engine: a Jurisdiction compiled to a Program (compiler, program), the Evaluator interface
and the Evaluation it gives (evaluation), and its two evaluators of the same graph: durable-rules, the
engine of record (ruleset, durable), and the built-in Kleene evaluator (kleene); evaluators picks one."""

__all__ = ["compiler", "durable", "evaluation", "evaluators", "kleene", "program", "ruleset"]
