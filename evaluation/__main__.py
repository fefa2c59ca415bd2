"""``python -m evaluation``: score extraction against gold labels (see ``evaluation.cli``)."""

from evaluation.cli import main

main()
