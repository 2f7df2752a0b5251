package nl.taakdiff.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The case of EvaluatorHandComputedTest as CSV files in a folder: three tasks, four municipalities
 * in two regions, a differentiated allocation with one override, and uniform allocations.
 */
final class HandComputedFiles {
    static final String TASK_HEADER = "code,name,domain,unit_cost,fixed_cost,min_scale,region_type,source";

    final Path dir;
    final Path tasks;
    final Path municipalities;
    final Path regions;
    final Path allocation;
    final Path overrides;
    /** Every task with the municipalities themselves. */
    final Path uniform;

    HandComputedFiles(Path dir) throws IOException {
        this.dir = dir;
        tasks = write("tasks.csv", TASK_HEADER + "\n"
                + "T1,Task one,d,100,1000,50000,vr,test\nT2,Task two,d,10,0,0,vr,test\nT3,Task three,d,1,0,200000,vr,test\n");
        municipalities = write("municipalities.csv", "code,name,province,population\n"
                + "A,Gemeente A,P1,10000\nB,Gemeente B,P1,30000\nC,Gemeente C,P2,60000\nD,Gemeente D,P2,150000\n");
        regions = write("regions.csv", "municipality_code,region_type,region_code,region_name\n"
                + "A,vr,R1,Regio 1\nB,vr,R1,Regio 1\nC,vr,R1,Regio 1\nD,vr,R2,Regio 2\n");
        allocation = write("allocation.csv", "task_code,min_population,level\n"
                + "T1,0,centre\nT1,20000,centre\nT1,50000,centre\nT1,100000,municipality\n"
                + "T2,0,region\nT2,20000,region\nT2,50000,province\nT2,100000,province\n"
                + "T3,0,state\nT3,20000,state\nT3,50000,state\nT3,100000,state\n");
        overrides = write("overrides.csv", "municipality_code,task_code,level,reason\nB,T3,municipality,wants it\n");
        uniform = write("uniform.csv", uniformAllocation("municipality"));
    }

    /** An allocation that puts every task at one level in every size class. */
    static String uniformAllocation(String level) {
        StringBuilder all = new StringBuilder("task_code,min_population,level\n");
        for (String t : List.of("T1", "T2", "T3")) {
            for (String b : List.of("0", "20000", "50000", "100000")) {
                all.append(t).append(',').append(b).append(',').append(level).append('\n');
            }
        }
        return all.toString();
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** A command line on these tasks, municipalities and regions. */
    String[] args(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--tasks", tasks.toString(),
                "--municipalities", municipalities.toString(), "--regions", regions.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
