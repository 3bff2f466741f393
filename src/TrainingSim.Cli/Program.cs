namespace TrainingSim.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("trainingsim");
        return 0;
    }
}
