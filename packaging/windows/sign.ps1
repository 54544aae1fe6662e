<#
.SYNOPSIS
Authenticode-signs Windows files (.exe, .dll, .msi) with signtool: SHA-256 file digest,
RFC 3161 timestamp (SHA-256), signed in place, then checked with `signtool verify /pa`.

.DESCRIPTION
The certificate, one of:
  -Thumbprint SHA1   a certificate in the Windows certificate store (CurrentUser\My or
                     LocalMachine\My), e.g. on a hardware token or from the CA's installer
                     (default: $env:MRA_SIGN_THUMBPRINT). Preferred.
  -Pkcs12 PATH       a .pfx/.p12 file (default: $env:MRA_SIGN_PKCS12); its password comes from
                     $env:MRA_SIGN_PASSWORD. It is imported into CurrentUser\My for the signing
                     and removed again, so the password never appears on a command line.
Other parameters:
  -TimestampUrl URL  RFC 3161 time-stamping service (default: $env:MRA_SIGN_TIMESTAMP_URL,
                     else http://timestamp.digicert.com).
  -NoTimestamp       sign without a timestamp: ONLY for offline tests; such a signature stops
                     being valid when the certificate expires. Never ship it.
  -Description TEXT  the name Windows shows in the UAC/SmartScreen prompt.

.EXAMPLE
$env:MRA_SIGN_THUMBPRINT = "0123456789ABCDEF0123456789ABCDEF01234567"
.\packaging\windows\sign.ps1 build\release\MailgunRecoveryAssistant-0.1.0-windows-x64.msi
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)]
    [string[]] $Files,
    [string] $Thumbprint = $env:MRA_SIGN_THUMBPRINT,
    [string] $Pkcs12 = $env:MRA_SIGN_PKCS12,
    [string] $TimestampUrl = $(if ($env:MRA_SIGN_TIMESTAMP_URL) { $env:MRA_SIGN_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }),
    [switch] $NoTimestamp,
    [string] $Description = "Mailgun Recovery Assistant",
    [string] $Url = "https://github.com/mailgun-recovery-assistant"
)
$ErrorActionPreference = "Stop"

function Find-SignTool {
    $cmd = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    # The Windows SDK's newest x64 signtool.
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $found = Get-ChildItem -Path $kits -Filter signtool.exe -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.DirectoryName -match "\\x64$" } | Sort-Object FullName -Descending |
        Select-Object -First 1
    if ($found) { return $found.FullName }
    throw "signtool.exe not found: install the Windows SDK (Signing Tools for Desktop Apps)"
}

foreach ($f in $Files) { if (-not (Test-Path -LiteralPath $f -PathType Leaf)) { throw "No such file: $f" } }
$signtool = Find-SignTool
$imported = $null
try {
    if (-not $Thumbprint) {
        if (-not $Pkcs12) { throw "No certificate: set MRA_SIGN_THUMBPRINT (or -Thumbprint), or MRA_SIGN_PKCS12 with MRA_SIGN_PASSWORD" }
        $password = New-Object System.Security.SecureString
        if ($env:MRA_SIGN_PASSWORD) { $password = ConvertTo-SecureString -String $env:MRA_SIGN_PASSWORD -AsPlainText -Force }
        $before = @(Get-ChildItem Cert:\CurrentUser\My | ForEach-Object { $_.Thumbprint })
        $imported = Import-PfxCertificate -FilePath $Pkcs12 -CertStoreLocation Cert:\CurrentUser\My -Password $password |
            Where-Object { $_.HasPrivateKey } | Select-Object -First 1
        if (-not $imported) { throw "No certificate with a private key in $Pkcs12" }
        $Thumbprint = $imported.Thumbprint
        # Already in the store before: leave it there afterwards.
        if ($before -contains $Thumbprint) { $imported = $null }
    }
    $signArgs = @("sign", "/sha1", $Thumbprint, "/fd", "sha256", "/d", $Description, "/du", $Url)
    if ($NoTimestamp) {
        Write-Warning "Signing WITHOUT a timestamp (-NoTimestamp): for tests only, never ship this"
    } else {
        $signArgs += @("/tr", $TimestampUrl, "/td", "sha256")
    }
    foreach ($f in $Files) {
        & $signtool @signArgs $f
        if ($LASTEXITCODE -ne 0) { throw "signtool sign failed for $f" }
        & $signtool verify /pa /all $f
        if ($LASTEXITCODE -ne 0) { throw "signtool verify failed for $f" }
        Write-Host "sign.ps1: signed $f"
    }
} finally {
    if ($imported) {
        # The imported certificate and its key leave the store again.
        Remove-Item -LiteralPath "Cert:\CurrentUser\My\$($imported.Thumbprint)" -DeleteKey -ErrorAction SilentlyContinue
    }
}
