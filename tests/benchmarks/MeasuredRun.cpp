#include "MeasuredRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace MeasuredRun {

Result run(const QStringList& arguments, const QString& outputPath)
{
    const QString report = QDir::tempPath() + u"/mra-bench-measure.txt"_s;
    QStringList measured{QCoreApplication::applicationFilePath(), u"--measure"_s, report};
    measured += arguments;
    std::vector<QByteArray> storage;
    for (const QString& argument : measured)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray output = outputPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    Result result;
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return result;
    int status = 0;
    waitpid(pid, &status, 0);
    QFile file(report);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    if (fields.size() == 4) {
        result.seconds = fields[0].toDouble();
        result.cpuSeconds = fields[1].toDouble();
        result.peakRssKb = fields[2].toLong();
        result.exitCode = fields[3].toInt();
    }
    return result;
}

int measure(char** argv)
{
    timespec start{};
    timespec end{};
    clock_gettime(CLOCK_MONOTONIC, &start);
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    clock_gettime(CLOCK_MONOTONIC, &end);
    const double seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    const double cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                              double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    FILE* report = std::fopen(argv[2], "w");
    if (!report)
        return 1;
    std::fprintf(report, "%.4f %.4f %ld %d\n", seconds, cpuSeconds, usage.ru_maxrss,
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    std::fclose(report);
    return 0;
}

} // namespace MeasuredRun
