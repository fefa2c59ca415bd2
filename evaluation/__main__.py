"""``python -m evaluation``: score extraction against gold labels (see ``evaluation.evaluate``)."""

from evaluation.evaluate import main

main()
