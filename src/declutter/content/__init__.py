"""The block classifier: the evidence about each block (features, context, lexicon), the shipped model and the list rules."""
