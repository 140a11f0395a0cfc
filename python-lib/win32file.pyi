"""Stub for win32file (the drive and file subset of pywin32's win32file)."""
import datetime
from typing import List, Optional, Tuple

from pywintypes import error as error

DRIVE_UNKNOWN: int
DRIVE_NO_ROOT_DIR: int
DRIVE_REMOVABLE: int
DRIVE_FIXED: int
DRIVE_REMOTE: int
DRIVE_CDROM: int
DRIVE_RAMDISK: int

FILE_ATTRIBUTE_READONLY: int
FILE_ATTRIBUTE_HIDDEN: int
FILE_ATTRIBUTE_SYSTEM: int
FILE_ATTRIBUTE_DIRECTORY: int
FILE_ATTRIBUTE_ARCHIVE: int
FILE_ATTRIBUTE_NORMAL: int
FILE_ATTRIBUTE_TEMPORARY: int
FILE_ATTRIBUTE_COMPRESSED: int
FILE_ATTRIBUTE_OFFLINE: int

INVALID_HANDLE_VALUE: int

_FindData = Tuple[int, datetime.datetime, datetime.datetime, datetime.datetime, int, int, int, int, str, str]

def GetDriveType(rootPathName: str, /) -> int: ...
def GetLogicalDrives() -> int: ...
def GetDiskFreeSpaceEx(rootPathName: str, /) -> Tuple[int, int, int]: ...
def CopyFile(_from: str, to: str, bFailIfExists: int, /) -> None: ...
def MoveFile(existingFileName: str, newFileName: str, /) -> None: ...
def DeleteFile(fileName: str, /) -> None: ...
def CreateDirectory(name: str, sa: None, /) -> None: ...
def RemoveDirectory(PathName: str, Transaction: Optional[object] = ...) -> None: ...
def GetFileAttributes(fileName: str, /) -> int: ...
def FindFilesW(FileName: str, Transaction: Optional[object] = ...) -> List[_FindData]: ...
