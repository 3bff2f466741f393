// Terminal.Gui keeps some process-wide state (default key bindings, configuration): screen tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
