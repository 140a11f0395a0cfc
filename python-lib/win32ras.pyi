# Type stub of python-lib/win32ras.py (scripts/gen-stubs.py, then reviewed)
from typing import Any

from pywintypes import error as error
RASCS_OpenPort: int
RASCS_PortOpened: int
RASCS_ConnectDevice: int
RASCS_DeviceConnected: int
RASCS_AllDevicesConnected: int
RASCS_Authenticate: int
RASCS_AuthNotify: int
RASCS_AuthRetry: int
RASCS_AuthCallback: int
RASCS_AuthChangePassword: int
RASCS_AuthProject: int
RASCS_AuthLinkSpeed: int
RASCS_AuthAck: int
RASCS_ReAuthenticate: int
RASCS_Authenticated: int
RASCS_PrepareForCallback: int
RASCS_WaitForModemReset: int
RASCS_WaitForCallback: int
RASCS_Projected: int
RASCS_StartAuthentication: int
RASCS_CallbackComplete: int
RASCS_LogonNetwork: int
RASCS_Interactive: int
RASCS_RetryAuthentication: int
RASCS_CallbackSetByCaller: int
RASCS_PasswordExpired: int
RASCS_Connected: int
RASCS_Disconnected: int
RASEAPF_NonInteractive: int
RASEAPF_Logon: int
RASEAPF_Preview: int
def Dial(dialExtensions: Any, fileName: Any, RasDialParams: Any, callback: Any) -> tuple[int, int]: ...
def HangUp(hras: Any) -> None: ...
def IsHandleValid(hras: Any) -> bool: ...
def EnumConnections() -> list[tuple[int, str, str, str]]: ...
def EnumEntries(reserved: Any = ..., fileName: Any = ...) -> Any: ...
def GetConnectStatus(hrasconn: Any) -> tuple[int, int, str, str]: ...
def GetEntryDialParams(fileName: Any, entryName: Any) -> Any: ...
def SetEntryDialParams(fileName: Any, RasDialParams: Any, bRemovePassword: Any) -> None: ...
def GetErrorString(error: Any) -> str: ...
def CreatePhonebookEntry(hWnd: Any, fileName: Any = ...) -> Any: ...
def EditPhonebookEntry(hWnd: Any, fileName: Any, entryName: Any) -> Any: ...
def GetEapUserIdentity(phoneBook: Any, entry: Any, flags: Any, hwnd: Any = ...) -> Any: ...
def RASDIALEXTENSIONS() -> _PyRASDIALEXTENSIONS: ...
class _PyRASDIALEXTENSIONS:
    def __init__(self, *args: Any, **kwargs: Any) -> None: ...
class _PyRASEAPUSERIDENTITY:
    def __init__(self, *args: Any, **kwargs: Any) -> None: ...
    szUserName: Any
    pbEapInfo: Any
