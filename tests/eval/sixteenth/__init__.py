"""The sixteenth blind evaluation corpus (seed 20261209), written blind from its brief."""
